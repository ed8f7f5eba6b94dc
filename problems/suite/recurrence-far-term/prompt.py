from typing import List


def recurrence_far_term(coeffs: List[int], seed: List[int], n: int) -> int:
    """A sequence s_0, s_1, s_2, ... is defined by its first k terms
    s_0..s_{k-1} = seed[0..k-1] and, for every i >= k, by
        s_i = coeffs[0] * s_{i-1} + coeffs[1] * s_{i-2} + ... + coeffs[k-1] * s_{i-k}
    where k = len(coeffs) = len(seed), 1 <= k <= 300, and all given numbers are
    integers in [0, 10**9]. Index n satisfies 0 <= n <= 10**18.

    Return s_n modulo 998244353.

    >>> recurrence_far_term([1, 1], [0, 1], 10)
    55
    >>> recurrence_far_term([2], [3], 5)
    96
    >>> recurrence_far_term([0, 0, 1], [4, 5, 6], 1)
    5
    """
