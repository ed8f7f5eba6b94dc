from typing import List


def fallow_gap_harvest(yields: List[int], gap: int) -> int:
    # end[i] = best total when field i is the last one planted
    n = len(yields)
    if n == 0:
        return 0
    end = [0] * n
    for i in range(n):
        end[i] = yields[i] + max(end[:max(0, i - gap)], default=0)
    return max(end)
