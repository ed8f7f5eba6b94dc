from typing import List


def longest_known_prefix(words: List[str], queries: List[str]) -> List[int]:
    """For each query, return the length of its longest prefix that is also a prefix of some dictionary word.

    The i-th entry of the result is the largest L such that queries[i][:L]
    equals w[:L] for at least one w in `words` (L = 0 when no word starts
    with the query's first letter, or when `words` is empty). Words and
    queries consist of 0 to 30 lowercase ASCII letters; there are at most
    1 500 words and at most 1 500 queries.

    >>> longest_known_prefix(["interval", "internet", "sort"], ["interview", "so", "xyz", "internets"])
    [6, 2, 0, 8]
    >>> longest_known_prefix([], ["a"])
    [0]
    """
