from typing import List


def shortest_route_count(n: int, roads: List[List[int]], home: int) -> List[int]:
    # Layer by layer, scanning every road each time: O(diameter * m).
    MOD = 10**9 + 7
    dist = [-1] * n
    ways = [0] * n
    dist[home] = 0
    ways[home] = 1
    d = 0
    while True:
        found = False
        for a, b in roads:
            for u, v in ((a, b), (b, a)):
                if dist[u] == d and (dist[v] == -1 or dist[v] == d + 1):
                    if dist[v] == -1:
                        dist[v] = d + 1
                        found = True
                    ways[v] = (ways[v] + ways[u]) % MOD
        if not found:
            break
        d += 1
    return ways
