from heapq import heappop, heappush
from typing import List


def rover_recharge_stops(goal: int, battery: int, depots: List[List[int]]) -> int:
    # Drive as far as possible; whenever stuck, retroactively take the largest charge
    # among the depots already passed (max-heap via negated charges).
    stops = sorted(depots)
    n = len(stops)
    reach = battery
    passed = []
    push = heappush
    pop = heappop
    i = 0
    count = 0
    while reach < goal:
        while i < n and stops[i][0] <= reach:
            push(passed, -stops[i][1])
            i += 1
        if not passed:
            return -1
        reach -= pop(passed)
        count += 1
    return count
