def count_palindromic_substrings(s: str) -> int:
    """Return the number of pairs (i, j) with 0 <= i < j <= len(s) such that s[i:j] reads the same forwards and backwards.

    Substrings are counted by position, so equal substrings at different
    places count separately. `s` has 0 to 50 000 lowercase ASCII letters.

    >>> count_palindromic_substrings("abba")
    6
    >>> count_palindromic_substrings("aaa")
    6
    >>> count_palindromic_substrings("abc")
    3
    """
