from typing import List


def longest_trail_length(n: int, trails: List[List[int]]) -> int:
    # The longest route from every shelter, one traversal each: O(n^2).
    adj = [[] for _ in range(n)]
    for a, b, w in trails:
        adj[a].append((b, w))
        adj[b].append((a, w))
    best = 0
    for s in range(n):
        dist = [-1] * n
        dist[s] = 0
        stack = [s]
        while stack:
            u = stack.pop()
            for v, w in adj[u]:
                if dist[v] < 0:
                    dist[v] = dist[u] + w
                    stack.append(v)
        best = max(best, max(dist))
    return best
