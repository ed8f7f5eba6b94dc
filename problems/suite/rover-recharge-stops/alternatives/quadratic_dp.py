from typing import List


def rover_recharge_stops(goal: int, battery: int, depots: List[List[int]]) -> int:
    # far[j] = farthest position reachable using exactly j stops among depots seen so far.
    stops = sorted(depots)
    n = len(stops)
    far = [battery] + [-1] * n
    for i, (pos, charge) in enumerate(stops):
        for j in range(i, -1, -1):
            if far[j] >= pos and far[j] + charge > far[j + 1]:
                far[j + 1] = far[j] + charge
    for j in range(n + 1):
        if far[j] >= goal:
            return j
    return -1
