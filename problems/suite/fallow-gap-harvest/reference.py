from typing import List


def fallow_gap_harvest(yields: List[int], gap: int) -> int:
    # best[i] = best total over the first i fields; it never decreases, so the best
    # partner for field i is simply best[i - gap].
    n = len(yields)
    best = [0] * (n + 1)
    prev = 0
    for i, y in enumerate(yields):
        j = i - gap
        take = y + best[j] if j > 0 else y
        if take > prev:
            prev = take
        best[i + 1] = prev
    return prev
