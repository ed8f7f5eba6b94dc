from typing import List


def stepping_stone_tolls(tolls: List[int], k: int) -> int:
    INF = float("inf")
    n = len(tolls)
    dp = [INF] * n
    if tolls[0] != -1:
        dp[0] = tolls[0]
    for i in range(1, n):
        if tolls[i] == -1:
            continue
        best = min(dp[max(0, i - k):i])
        if best != INF:
            dp[i] = best + tolls[i]
    return dp[-1] if dp[-1] != INF else -1
