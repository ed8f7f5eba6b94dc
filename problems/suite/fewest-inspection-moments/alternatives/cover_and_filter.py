from typing import List


def fewest_inspections(stays: List[List[int]]) -> int:
    # Repeatedly find the stay that ends first, inspect at its last moment, and
    # keep only the stays that inspection does not cover.
    remaining = [list(s) for s in stays]
    count = 0
    while remaining:
        moment = min(leave for _, leave in remaining) - 1
        remaining = [s for s in remaining if not s[0] <= moment < s[1]]
        count += 1
    return count
