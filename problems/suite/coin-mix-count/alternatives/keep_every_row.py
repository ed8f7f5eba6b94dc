from itertools import accumulate
from typing import List

MOD = 1_000_000_007


def coin_mix_count(coins: List[int], amount: int) -> int:
    # dp[i][a]: ways to pay a with the first i denominations. Each row is built
    # from the previous one with running sums along the residue classes mod c.
    dp = [[1] + [0] * amount]
    for c in coins:
        row = dp[-1][:]
        if c <= amount:
            for r in range(c):
                row[r::c] = [x % MOD for x in accumulate(row[r::c])]
        dp.append(row)
    return dp[len(coins)][amount] % MOD
