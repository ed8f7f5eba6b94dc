from typing import List


def count_pairs_at_gap(values: List[int], k: int) -> int:
    """Count the index pairs (i, j) with i < j such that abs(values[i] - values[j]) == k.

    `values` holds n integers (0 <= n <= 200 000), each between -10**9 and 10**9;
    duplicates are allowed and every index pair is counted separately.
    `k` satisfies 0 <= k <= 10**9. Return the number of such pairs.

    >>> count_pairs_at_gap([3, 1, 4, 1, 5], 2)
    3
    >>> count_pairs_at_gap([7, 7, 7], 0)
    3
    >>> count_pairs_at_gap([], 4)
    0
    """
