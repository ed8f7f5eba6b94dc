from typing import List


def optimal_lookup_tree(counts: List[int]) -> int:
    # Interval DP with Knuth's monotone-root bound: O(n^2) total.
    n = len(counts)
    if n == 0:
        return 0
    pre = [0] * (n + 1)
    s = 0
    for i, c in enumerate(counts):
        s += c
        pre[i + 1] = s
    # cost over half-open key ranges [i, j): C[i][j]; CT[j][i] is the same value (transposed)
    C = [[0] * (n + 1) for _ in range(n + 1)]
    CT = [[0] * (n + 1) for _ in range(n + 1)]
    R = [[0] * (n + 1) for _ in range(n + 1)]
    for i in range(n):
        c = counts[i]
        C[i][i + 1] = c
        CT[i + 1][i] = c
        R[i][i + 1] = i
    for d in range(2, n + 1):
        for i in range(n - d + 1):
            j = i + d
            Ci = C[i]
            CTj = CT[j]
            lo = R[i][j - 1]
            hi = R[i + 1][j]
            best = Ci[lo] + CTj[lo + 1]
            arg = lo
            for r in range(lo + 1, hi + 1):
                v = Ci[r] + CTj[r + 1]
                if v <= best:  # keep the largest optimal root (needed for monotonicity)
                    best = v
                    arg = r
            v = best + pre[j] - pre[i]
            Ci[j] = v
            CTj[i] = v
            R[i][j] = arg
    return C[0][n]
