def count_repeated_snippets(s: str, k: int) -> int:
    """Count the distinct strings of length k that occur at least twice in s.

    An occurrence is a start index i with s[i:i + k] equal to the string;
    occurrences may overlap. Each qualifying string is counted once, however
    often it occurs. `s` has 0 to 15 000 lowercase ASCII letters and
    1 <= k <= 100 (k may exceed len(s), then the answer is 0).

    >>> count_repeated_snippets("abcabcab", 3)
    3
    >>> count_repeated_snippets("aaaa", 2)
    1
    >>> count_repeated_snippets("abcd", 5)
    0
    """
