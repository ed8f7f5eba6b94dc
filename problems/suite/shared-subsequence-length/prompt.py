def shared_subsequence_length(first: str, second: str) -> int:
    """Two strands are given as strings of lowercase English letters, each of length
    0..20 000. A subsequence of a strand is obtained by deleting any number of its
    letters (possibly none) while keeping the order of the rest.

    Return the length of the longest string that is a subsequence of both strands.

    >>> shared_subsequence_length("gattaca", "tacgat")
    4
    >>> shared_subsequence_length("abc", "xyz")
    0
    >>> shared_subsequence_length("", "abc")
    0
    """
