from typing import List


def cheapest_cable_plan(n: int, offers: List[List[int]]) -> int:
    # Prim's algorithm, run from every not-yet-reached site, choosing the next site by
    # scanning all sites: O(n^2 + m).
    adj = [[] for _ in range(n)]
    for a, b, c in offers:
        if a != b:
            adj[a].append((b, c))
            adj[b].append((a, c))
    INF = float("inf")
    key = [INF] * n
    used = [False] * n
    total = 0
    for start in range(n):
        if used[start]:
            continue
        key[start] = 0
        while True:
            u = -1
            best = INF
            for i in range(n):
                if not used[i] and key[i] < best:
                    best = key[i]
                    u = i
            if u == -1:
                break
            used[u] = True
            total += best
            for v, c in adj[u]:
                if not used[v] and c < key[v]:
                    key[v] = c
    return total
