from typing import List


def optimal_lookup_tree(counts: List[int]) -> int:
    n = len(counts)
    if n == 0:
        return 0
    cost = [[0] * (n + 1) for _ in range(n + 1)]
    root = [[0] * (n + 1) for _ in range(n + 1)]
    for i in range(n):
        cost[i][i + 1] = counts[i]
        root[i][i + 1] = i
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length
            best = None
            arg = root[i][j - 1]
            for r in range(root[i][j - 1], root[i + 1][j] + 1):
                v = cost[i][r] + cost[r + 1][j]
                if best is None or v <= best:
                    best = v
                    arg = r
            cost[i][j] = best + sum(counts[i:j])
            root[i][j] = arg
    return cost[0][n]
