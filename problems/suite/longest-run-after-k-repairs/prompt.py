def longest_intact_stretch(road: str, k: int) -> int:
    """Return the length of the longest stretch of consecutive intact cells obtainable by repairing at most `k` cells.

    `road` is a string of 0 to 1 000 000 characters, each either '.' (intact)
    or 'x' (damaged). Repairing a damaged cell turns it into an intact one;
    at most k cells (0 <= k <= 10**7) may be repaired. Return the maximum
    length of a contiguous block of intact cells achievable, i.e. the length
    of the longest substring of `road` containing at most k 'x' characters.

    >>> longest_intact_stretch("..x...x.x..", 1)
    6
    >>> longest_intact_stretch("xxx", 0)
    0
    >>> longest_intact_stretch(".x.x", 5)
    4
    """
