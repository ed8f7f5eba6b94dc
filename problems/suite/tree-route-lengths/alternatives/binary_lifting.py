from typing import List


def tree_route_lengths(n: int, pipes: List[List[int]], queries: List[List[int]]) -> List[int]:
    # Binary lifting: O((n + q) log n), a log factor per query above the Euler-tour table.
    adj = [[] for _ in range(n)]
    for a, b, w in pipes:
        adj[a].append((b, w))
        adj[b].append((a, w))
    LOG = max(1, n.bit_length())
    up = [[0] * n for _ in range(LOG)]
    depth = [0] * n
    dist = [0] * n
    seen = [False] * n
    seen[0] = True
    order = [0]
    for u in order:
        for v, w in adj[u]:
            if not seen[v]:
                seen[v] = True
                up[0][v] = u
                depth[v] = depth[u] + 1
                dist[v] = dist[u] + w
                order.append(v)
    for k in range(1, LOG):
        prev = up[k - 1]
        up[k] = [prev[prev[v]] for v in range(n)]
    out = []
    for u, v in queries:
        a, b = u, v
        if depth[a] < depth[b]:
            a, b = b, a
        diff = depth[a] - depth[b]
        k = 0
        while diff:
            if diff & 1:
                a = up[k][a]
            diff >>= 1
            k += 1
        if a != b:
            for k in range(LOG - 1, -1, -1):
                if up[k][a] != up[k][b]:
                    a = up[k][a]
                    b = up[k][b]
            a = up[0][a]
        out.append(dist[u] + dist[v] - 2 * dist[a])
    return out
