from collections import deque
from typing import List


def tree_route_lengths(n: int, pipes: List[List[int]], queries: List[List[int]]) -> List[int]:
    graph = [[] for _ in range(n)]
    for a, b, w in pipes:
        graph[a].append((b, w))
        graph[b].append((a, w))
    parent = [-1] * n
    dist = [0] * n
    visited = [False] * n
    visited[0] = True
    q = deque([0])
    while q:
        u = q.popleft()
        for v, w in graph[u]:
            if not visited[v]:
                visited[v] = True
                parent[v] = u
                dist[v] = dist[u] + w
                q.append(v)
    answers = []
    for u, v in queries:
        # collect u's ancestors, then climb from v until we meet one
        ancestors = []
        x = u
        while x != -1:
            ancestors.append(x)
            x = parent[x]
        y = v
        while y not in ancestors:
            y = parent[y]
        answers.append(dist[u] + dist[v] - 2 * dist[y])
    return answers
