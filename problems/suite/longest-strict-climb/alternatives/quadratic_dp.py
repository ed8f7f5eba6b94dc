from typing import List


def longest_strict_climb(altitudes: List[int]) -> int:
    # best[i] = longest climb ending at waypoint i, computed from all earlier waypoints.
    n = len(altitudes)
    best = [1] * n
    for i in range(n):
        x = altitudes[i]
        m = 0
        for j in range(i):
            if altitudes[j] < x and best[j] > m:
                m = best[j]
        best[i] = m + 1
    return max(best) if best else 0
