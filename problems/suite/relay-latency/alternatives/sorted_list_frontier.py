from typing import List


def relay_latency(n: int, links: List[List[int]], source: int) -> List[int]:
    graph = [[] for _ in range(n)]
    for a, b, t in links:
        graph[a].append((b, t))
    dist = [-1] * n
    frontier = [(0, source)]
    while frontier:
        frontier.sort()
        d, u = frontier.pop(0)
        if dist[u] != -1:
            continue
        dist[u] = d
        for v, t in graph[u]:
            if dist[v] == -1:
                frontier.append((d + t, v))
    return dist
