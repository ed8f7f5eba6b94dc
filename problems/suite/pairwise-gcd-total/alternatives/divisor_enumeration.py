from typing import List


def pairwise_gcd_total(values: List[int]) -> int:
    # Count, for every d, how many values it divides by enumerating each value's
    # divisors, then peel off exact-gcd pair counts from the largest d down.
    M = max(values)
    multiples = [0] * (M + 1)
    for v in values:
        d = 1
        while d * d <= v:
            if v % d == 0:
                multiples[d] += 1
                if d * d != v:
                    multiples[v // d] += 1
            d += 1
    exact = [0] * (M + 1)
    total = 0
    for d in range(M, 0, -1):
        c = multiples[d]
        x = c * (c - 1) // 2
        k = 2 * d
        while k <= M:
            x -= exact[k]
            k += d
        exact[d] = x
        total += d * x
    return total
