from typing import List


def pairwise_gcd_total(values: List[int]) -> int:
    M = max(values)
    freq = [0] * (M + 1)
    for v in set(values):
        freq[v] = values.count(v)
    # exact[d] = number of pairs whose gcd is exactly d, from the largest d down
    exact = [0] * (M + 1)
    total = 0
    for d in range(M, 0, -1):
        c = sum(freq[d::d])
        pairs = c * (c - 1) // 2
        for k in range(2 * d, M + 1, d):
            pairs -= exact[k]
        exact[d] = pairs
        total += d * pairs
    return total
