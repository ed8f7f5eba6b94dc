from typing import List

MOD = 10**9 + 7


def coin_mix_count(coins: List[int], amount: int) -> int:
    n = len(coins)
    # dp[i][a]: ways to pay a with the first i denominations
    dp = [[0] * (amount + 1) for _ in range(n + 1)]
    dp[0][0] = 1
    for i in range(1, n + 1):
        c = coins[i - 1]
        for a in range(amount + 1):
            dp[i][a] = dp[i - 1][a]
            if a >= c:
                dp[i][a] = (dp[i][a] + dp[i][a - c]) % MOD
    return dp[n][amount]
