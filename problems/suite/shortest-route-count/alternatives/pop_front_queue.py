from typing import List


def shortest_route_count(n: int, roads: List[List[int]], home: int) -> List[int]:
    MOD = 10**9 + 7
    graph = [[] for _ in range(n)]
    for a, b in roads:
        graph[a].append(b)
        graph[b].append(a)
    dist = [float('inf')] * n
    ways = [0] * n
    dist[home] = 0
    ways[home] = 1
    queue = [home]
    while queue:
        u = queue.pop(0)
        for v in graph[u]:
            if dist[u] + 1 < dist[v]:
                dist[v] = dist[u] + 1
                ways[v] = ways[u]
                queue.append(v)
            elif dist[u] + 1 == dist[v]:
                ways[v] = (ways[v] + ways[u]) % MOD
    return ways
