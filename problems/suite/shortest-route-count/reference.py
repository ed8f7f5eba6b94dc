from typing import List

MOD = 1_000_000_007


def shortest_route_count(n: int, roads: List[List[int]], home: int) -> List[int]:
    adj = [[] for _ in range(n)]
    for a, b in roads:
        adj[a].append(b)
        adj[b].append(a)
    dist = [-1] * n
    count = [0] * n
    dist[home] = 0
    count[home] = 1
    frontier = [home]
    d = 0
    while frontier:
        d += 1
        nxt = []
        push = nxt.append
        for u in frontier:
            cu = count[u]
            for v in adj[u]:
                dv = dist[v]
                if dv < 0:
                    dist[v] = d
                    count[v] = cu
                    push(v)
                elif dv == d:
                    count[v] += cu
        for v in nxt:
            count[v] %= MOD
        frontier = nxt
    return count
