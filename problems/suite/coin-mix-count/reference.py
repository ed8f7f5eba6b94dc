from itertools import accumulate
from typing import List

MOD = 1_000_000_007


def coin_mix_count(coins: List[int], amount: int) -> int:
    ways = [0] * (amount + 1)
    ways[0] = 1
    for c in coins:
        if c > amount:
            continue
        # adding coin c: along each residue class mod c, the new counts are the
        # running sums of the old ones
        for r in range(c):
            ways[r::c] = [x % MOD for x in accumulate(ways[r::c])]
    return ways[amount] % MOD
