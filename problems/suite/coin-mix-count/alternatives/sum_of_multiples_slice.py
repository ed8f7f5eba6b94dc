from typing import List

MOD = 10**9 + 7


def coin_mix_count(coins: List[int], amount: int) -> int:
    dp = [0] * (amount + 1)
    dp[0] = 1
    for c in coins:
        new_dp = [0] * (amount + 1)
        for a in range(amount + 1):
            # use the coin k = 0, 1, 2, ... times
            new_dp[a] = sum(dp[a::-c]) % MOD
        dp = new_dp
    return dp[amount]
