from typing import List


def recurrence_far_term(coeffs: List[int], seed: List[int], n: int) -> int:
    MOD = 998244353
    k = len(coeffs)
    if n < k:
        return seed[n] % MOD
    window = [x % MOD for x in seed]  # the last k terms, oldest first
    for _ in range(n - k + 1):
        nxt = sum(c * s for c, s in zip(coeffs, window[::-1])) % MOD
        window = window[1:] + [nxt]
    return window[-1]
