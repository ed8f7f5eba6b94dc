from typing import List


def optimal_lookup_tree(counts: List[int]) -> int:
    # Classic interval DP trying every root: O(n^3).
    n = len(counts)
    if n == 0:
        return 0
    pre = [0] * (n + 1)
    for i in range(n):
        pre[i + 1] = pre[i] + counts[i]
    cost = [[0] * (n + 1) for _ in range(n + 1)]
    for length in range(1, n + 1):
        for i in range(0, n - length + 1):
            j = i + length
            best = None
            for r in range(i, j):
                v = cost[i][r] + cost[r + 1][j]
                if best is None or v < best:
                    best = v
            cost[i][j] = best + pre[j] - pre[i]
    return cost[0][n]
