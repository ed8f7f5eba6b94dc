from typing import List


def recurrence_far_term(coeffs: List[int], seed: List[int], n: int) -> int:
    # Companion matrix raised to the power n - k + 1 by repeated squaring: O(k^3 log n).
    p = 998244353
    k = len(coeffs)
    if n < k:
        return seed[n] % p

    def mat_mul(A, B):
        Bt = list(zip(*B))
        return [[sum(a * b for a, b in zip(row, col)) % p for col in Bt] for row in A]

    # state vector (s_{i-1}, ..., s_{i-k}) -> (s_i, ..., s_{i-k+1})
    M = [[c % p for c in coeffs]]
    for i in range(k - 1):
        row = [0] * k
        row[i] = 1
        M.append(row)
    e = n - k + 1
    R = [[1 if i == j else 0 for j in range(k)] for i in range(k)]
    while e:
        if e & 1:
            R = mat_mul(R, M)
        e >>= 1
        if e:
            M = mat_mul(M, M)
    state = [seed[k - 1 - i] % p for i in range(k)]
    return sum(a * b for a, b in zip(R[0], state)) % p
