from typing import List


def optimal_lookup_tree(counts: List[int]) -> int:
    """A dictionary holds n keys k_0 < k_1 < ... < k_{n-1} (0 <= n <= 2000) and will be
    stored in a binary search tree. Key k_i is going to be looked up `counts[i]` times
    (0 <= counts[i] <= 10**6). Looking up a key costs its depth in the tree, where the
    root has depth 1, its children depth 2, and so on.

    Among all binary search trees over the n keys (the in-order sequence must be
    k_0, ..., k_{n-1}), return the minimum possible total cost
    sum(counts[i] * depth(k_i)). An empty dictionary costs 0.

    >>> optimal_lookup_tree([1, 1, 1])
    5
    >>> optimal_lookup_tree([10, 1, 1])
    15
    >>> optimal_lookup_tree([])
    0
    """
