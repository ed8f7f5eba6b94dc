from typing import List


def rover_recharge_stops(goal: int, battery: int, depots: List[List[int]]) -> int:
    # Same greedy choice, but the largest passed charge is found by scanning a list.
    stops = sorted(depots)
    reach = battery
    passed = []
    i = 0
    count = 0
    while reach < goal:
        while i < len(stops) and stops[i][0] <= reach:
            passed.append(stops[i][1])
            i += 1
        if not passed:
            return -1
        best = max(passed)
        passed.remove(best)
        reach += best
        count += 1
    return count
