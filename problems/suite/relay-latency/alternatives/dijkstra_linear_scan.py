from typing import List


def relay_latency(n: int, links: List[List[int]], source: int) -> List[int]:
    # Dijkstra picking the closest unfinished relay by scanning all relays: O(n^2 + m).
    adj = [[] for _ in range(n)]
    for a, b, t in links:
        adj[a].append((b, t))
    INF = float("inf")
    dist = [INF] * n
    done = [False] * n
    dist[source] = 0
    for _ in range(n):
        u = -1
        best = INF
        for i in range(n):
            if not done[i] and dist[i] < best:
                best = dist[i]
                u = i
        if u == -1:
            break
        done[u] = True
        for v, t in adj[u]:
            if best + t < dist[v]:
                dist[v] = best + t
    return [-1 if d == INF else int(d) for d in dist]
