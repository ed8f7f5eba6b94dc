import heapq
from typing import List


def cheapest_cable_plan(n: int, offers: List[List[int]]) -> int:
    # Prim's algorithm with a binary heap of candidate cables (lazy deletion).
    adj = [[] for _ in range(n)]
    for a, b, c in offers:
        if a != b:
            adj[a].append((c, b))
            adj[b].append((c, a))
    used = [False] * n
    total = 0
    for start in range(n):
        if used[start]:
            continue
        heap = [(0, start)]
        while heap:
            c, u = heapq.heappop(heap)
            if used[u]:
                continue
            used[u] = True
            total += c
            for e in adj[u]:
                if not used[e[1]]:
                    heapq.heappush(heap, e)
    return total
