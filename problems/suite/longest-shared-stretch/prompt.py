def longest_shared_stretch(a: str, b: str) -> int:
    """Return the length of the longest string that occurs as a contiguous substring of both a and b.

    Return 0 when the two texts have no character in common (or one is
    empty). Each text has at most 10 000 ASCII letters; comparison is
    case-sensitive.

    >>> longest_shared_stretch("xabcdy", "zzbcdabq")
    3
    >>> longest_shared_stretch("abc", "ABC")
    0
    >>> longest_shared_stretch("aaaa", "aa")
    2
    """
