from typing import List


def critical_cables(n: int, cables: List[List[int]]) -> List[List[int]]:
    # Remove each cable in turn and search for another route: O(m * (n + m)).
    adj = [[] for _ in range(n)]
    for i, (a, b) in enumerate(cables):
        adj[a].append((b, i))
        adj[b].append((a, i))
    out = []
    for cut, (a, b) in enumerate(cables):
        seen = [False] * n
        seen[a] = True
        stack = [a]
        found = False
        while stack and not found:
            u = stack.pop()
            for v, e in adj[u]:
                if e != cut and not seen[v]:
                    if v == b:
                        found = True
                        break
                    seen[v] = True
                    stack.append(v)
        if not found:
            out.append([min(a, b), max(a, b)])
    out.sort()
    return out
