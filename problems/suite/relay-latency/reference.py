from heapq import heappop, heappush
from typing import List


def relay_latency(n: int, links: List[List[int]], source: int) -> List[int]:
    adj = [[] for _ in range(n)]
    for a, b, t in links:
        adj[a].append((t, b))
    INF = 1 << 62
    dist = [INF] * n
    dist[source] = 0
    heap = [(0, source)]
    pop = heappop
    push = heappush
    while heap:
        d, u = pop(heap)
        if d > dist[u]:
            continue
        for t, v in adj[u]:
            nd = d + t
            if nd < dist[v]:
                dist[v] = nd
                push(heap, (nd, v))
    return [-1 if x == INF else x for x in dist]
