import heapq
from typing import List


def cheapest_cable_plan(n: int, offers: List[List[int]]) -> int:
    graph = [[] for _ in range(n)]
    for a, b, c in offers:
        graph[a].append((c, b))
        graph[b].append((c, a))
    visited = []
    total = 0
    for start in range(n):
        if start in visited:
            continue
        heap = [(0, start)]
        while heap:
            c, u = heapq.heappop(heap)
            if u in visited:
                continue
            visited.append(u)
            total += c
            for edge in graph[u]:
                if edge[1] not in visited:
                    heapq.heappush(heap, edge)
    return total
