from typing import List


def pairwise_gcd_total(values: List[int]) -> int:
    # pairs[d] = number of pairs whose gcd is exactly d
    #          = C(multiples of d, 2) - sum_{k >= 2} pairs[k d],
    # evaluated from the largest d down; the sums over multiples are slice sums.
    M = max(values)
    cnt = [0] * (M + 1)
    for v in values:
        cnt[v] += 1
    exact = [0] * (M + 1)
    total = 0
    for d in range(M, 0, -1):
        c = sum(cnt[d::d])
        if c > 1:
            x = (c * (c - 1) >> 1) - sum(exact[2 * d::d])
            exact[d] = x
            total += d * x
    return total
