from typing import List


def recurrence_far_term(coeffs: List[int], seed: List[int], n: int) -> int:
    # Generate the terms one after another: O(n * k).
    p = 998244353
    k = len(coeffs)
    s = [x % p for x in seed]
    if n < k:
        return s[n]
    c = [x % p for x in coeffs]
    for i in range(k, n + 1):
        total = 0
        for j in range(k):
            total += c[j] * s[i - 1 - j]
        s.append(total % p)
    return s[n]
