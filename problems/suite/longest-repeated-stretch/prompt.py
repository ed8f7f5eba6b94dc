def longest_repeat(s: str) -> int:
    """Return the length of the longest string that occurs at least twice in s.

    Occurrences are identified by their start index and may overlap (in
    "aaa" the string "aa" occurs twice). Return 0 when no character occurs
    twice. `s` has at most 4 500 ASCII letters; comparison is
    case-sensitive.

    >>> longest_repeat("banana")
    3
    >>> longest_repeat("abcdbcx")
    2
    >>> longest_repeat("aA")
    0
    """
