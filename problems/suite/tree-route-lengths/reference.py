from typing import List


def tree_route_lengths(n: int, pipes: List[List[int]], queries: List[List[int]]) -> List[int]:
    adj = [[] for _ in range(n)]
    for a, b, w in pipes:
        adj[a].append((b, w))
        adj[b].append((a, w))
    asked = [[] for _ in range(n)]
    for i, (u, v) in enumerate(queries):
        asked[u].append((v, i))
        asked[v].append((u, i))
    # Offline (Tarjan) lowest common ancestors: a depth-first walk in which every
    # finished valve is merged into its parent; a valve already seen then has, as the
    # representative of its set, the lowest ancestor still open = the meeting point.
    ans = [0] * len(queries)
    up = list(range(n))         # union-find links
    parent = [-1] * n
    dist = [0] * n
    seen = [False] * n
    stack = [0]
    while stack:
        x = stack.pop()
        if x >= 0:
            seen[x] = True
            dx = dist[x]
            for v, i in asked[x]:
                if seen[v]:
                    r = v
                    while up[r] != r:
                        up[r] = up[up[r]]
                        r = up[r]
                    ans[i] = dx + dist[v] - 2 * dist[r]
            stack.append(~x)
            px = parent[x]
            for y, w in adj[x]:
                if y != px:
                    parent[y] = x
                    dist[y] = dx + w
                    stack.append(y)
        else:
            x = ~x
            if parent[x] >= 0:
                up[x] = parent[x]
    return ans
