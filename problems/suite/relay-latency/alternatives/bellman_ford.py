from typing import List


def relay_latency(n: int, links: List[List[int]], source: int) -> List[int]:
    # Relax every link repeatedly until nothing improves (at most n - 1 rounds).
    INF = float("inf")
    dist = [INF] * n
    dist[source] = 0
    for _ in range(max(1, n - 1)):
        changed = False
        for a, b, t in links:
            if dist[a] + t < dist[b]:
                dist[b] = dist[a] + t
                changed = True
        if not changed:
            break
    return [-1 if d == INF else int(d) for d in dist]
