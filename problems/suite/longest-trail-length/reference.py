from typing import List


def longest_trail_length(n: int, trails: List[List[int]]) -> int:
    adj = [[] for _ in range(n)]
    for a, b, w in trails:
        adj[a].append((b, w))
        adj[b].append((a, w))

    def farthest(start):
        dist = [-1] * n
        dist[start] = 0
        stack = [start]
        pop = stack.pop
        push = stack.append
        while stack:
            u = pop()
            du = dist[u]
            for v, w in adj[u]:
                if dist[v] < 0:
                    dist[v] = du + w
                    push(v)
        best = max(dist)
        return dist.index(best), best

    end, _ = farthest(0)
    return farthest(end)[1]
