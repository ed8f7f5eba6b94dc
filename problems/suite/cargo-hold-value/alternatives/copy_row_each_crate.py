from typing import List


def cargo_hold_value(crates: List[List[int]], capacity: int) -> int:
    dp = [0] * (capacity + 1)
    for weight, value in crates:
        new_dp = dp[:]  # fresh copy so a crate is not used twice
        for c in range(weight, capacity + 1):
            new_dp[c] = max(dp[c], dp[c - weight] + value)
        dp = new_dp
    return dp[capacity]
