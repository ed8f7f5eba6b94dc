from typing import List


def recurrence_far_term(coeffs: List[int], seed: List[int], n: int) -> int:
    # Kitamasa with schoolbook polynomial arithmetic in explicit loops: O(k^2 log n).
    p = 998244353
    k = len(coeffs)
    if n < k:
        return seed[n] % p
    c = [x % p for x in coeffs]

    def mul_mod(A, B):
        prod = [0] * (2 * k - 1)
        for i in range(k):
            if A[i]:
                for j in range(k):
                    prod[i + j] += A[i] * B[j]
        for i in range(2 * k - 2, k - 1, -1):
            t = prod[i] % p
            if t:
                for j in range(1, k + 1):
                    prod[i - j] += t * c[j - 1]
        return [v % p for v in prod[:k]]

    result = [0] * k
    result[0] = 1  # the polynomial 1
    base = [0] * k
    if k == 1:
        base[0] = c[0]
    else:
        base[1] = 1  # the polynomial x
    e = n
    while e:
        if e & 1:
            result = mul_mod(result, base)
        e >>= 1
        if e:
            base = mul_mod(base, base)
    return sum(r * s for r, s in zip(result, seed)) % p
