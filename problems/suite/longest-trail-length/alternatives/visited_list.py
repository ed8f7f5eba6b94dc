from typing import List


def longest_trail_length(n: int, trails: List[List[int]]) -> int:
    graph = {i: [] for i in range(n)}
    for a, b, w in trails:
        graph[a].append((b, w))
        graph[b].append((a, w))

    def farthest(start):
        visited = [start]
        stack = [(start, 0)]
        best_node, best_dist = start, 0
        while stack:
            node, d = stack.pop()
            if d > best_dist:
                best_node, best_dist = node, d
            for nb, w in graph[node]:
                if nb not in visited:
                    visited.append(nb)
                    stack.append((nb, d + w))
        return best_node, best_dist

    far_node, _ = farthest(0)
    _, diameter = farthest(far_node)
    return diameter
