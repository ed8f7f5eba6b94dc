def prefix_occurrence_total(s: str) -> int:
    """Count, over every non-empty prefix p of s, how many times p occurs in s as a substring, and return the sum.

    Occurrences may overlap; an occurrence is identified by its starting
    index. Equivalently, return the sum over all start positions i of the
    length of the longest common prefix of s and s[i:].
    `s` has 0 to 100 000 printable ASCII characters (comparison is
    case-sensitive).

    >>> prefix_occurrence_total("abab")
    6
    >>> prefix_occurrence_total("aaa")
    6
    >>> prefix_occurrence_total("")
    0
    """
