def count_distinct_substrings(s: str) -> int:
    """Return how many different non-empty strings occur in s as contiguous substrings.

    Each different string is counted once, however many times it occurs
    (for "aaa" the substrings are "a", "aa" and "aaa"). `s` has at most
    10 000 ASCII letters; comparison is case-sensitive.

    >>> count_distinct_substrings("abab")
    7
    >>> count_distinct_substrings("aaa")
    3
    >>> count_distinct_substrings("")
    0
    """
