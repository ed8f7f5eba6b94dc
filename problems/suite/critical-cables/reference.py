from typing import List


def critical_cables(n: int, cables: List[List[int]]) -> List[List[int]]:
    adj = [[] for _ in range(n)]
    for i, (a, b) in enumerate(cables):
        adj[a].append((b, i))
        adj[b].append((a, i))
    disc = [0] * n
    low = [0] * n
    ptr = [0] * n
    via = [-1] * n          # id of the cable the search arrived by
    timer = 0
    bridges = []
    for root in range(n):
        if disc[root]:
            continue
        timer += 1
        disc[root] = low[root] = timer
        stack = [root]
        while stack:
            u = stack[-1]
            au = adj[u]
            p = ptr[u]
            if p < len(au):
                ptr[u] = p + 1
                v, e = au[p]
                if not disc[v]:
                    timer += 1
                    disc[v] = low[v] = timer
                    via[v] = e
                    stack.append(v)
                elif e != via[u] and disc[v] < low[u]:
                    low[u] = disc[v]
            else:
                stack.pop()
                if stack:
                    parent = stack[-1]
                    lu = low[u]
                    if lu < low[parent]:
                        low[parent] = lu
                    if lu > disc[parent]:
                        bridges.append([parent, u] if parent < u else [u, parent])
    bridges.sort()
    return bridges
