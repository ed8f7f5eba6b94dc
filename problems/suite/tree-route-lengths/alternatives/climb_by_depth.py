from typing import List


def tree_route_lengths(n: int, pipes: List[List[int]], queries: List[List[int]]) -> List[int]:
    # Root the tree, then answer each query by climbing both valves one step at a time: O(n * q).
    adj = [[] for _ in range(n)]
    for a, b, w in pipes:
        adj[a].append((b, w))
        adj[b].append((a, w))
    parent = [-1] * n
    depth = [0] * n
    dist = [0] * n
    seen = [False] * n
    seen[0] = True
    order = [0]
    for u in order:
        for v, w in adj[u]:
            if not seen[v]:
                seen[v] = True
                parent[v] = u
                depth[v] = depth[u] + 1
                dist[v] = dist[u] + w
                order.append(v)
    out = []
    for u, v in queries:
        a, b = u, v
        while depth[a] > depth[b]:
            a = parent[a]
        while depth[b] > depth[a]:
            b = parent[b]
        while a != b:
            a = parent[a]
            b = parent[b]
        out.append(dist[u] + dist[v] - 2 * dist[a])
    return out
