from typing import List


def critical_cables(n: int, cables: List[List[int]]) -> List[List[int]]:
    def still_connected(edges, start, goal):
        graph = [[] for _ in range(n)]
        for a, b in edges:
            graph[a].append(b)
            graph[b].append(a)
        visited = {start}
        stack = [start]
        while stack:
            u = stack.pop()
            if u == goal:
                return True
            for v in graph[u]:
                if v not in visited:
                    visited.add(v)
                    stack.append(v)
        return False

    result = []
    for i, (a, b) in enumerate(cables):
        rest = cables[:i] + cables[i + 1:]
        if not still_connected(rest, a, b):
            result.append(sorted([a, b]))
    return sorted(result)
