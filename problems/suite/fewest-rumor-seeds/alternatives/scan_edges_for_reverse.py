from typing import List


def fewest_rumor_seeds(n: int, tells: List[List[int]]) -> int:
    # Kosaraju: finishing order on the graph, then components on the reversed graph.
    graph = [[] for _ in range(n)]
    for a, b in tells:
        graph[a].append(b)
    visited = [False] * n
    order = []
    for s in range(n):
        if visited[s]:
            continue
        visited[s] = True
        stack = [(s, iter(graph[s]))]
        while stack:
            node, it = stack[-1]
            for nxt in it:
                if not visited[nxt]:
                    visited[nxt] = True
                    stack.append((nxt, iter(graph[nxt])))
                    break
            else:
                stack.pop()
                order.append(node)

    def predecessors(v):
        return [a for a, b in tells if b == v]

    comp = [-1] * n
    count = 0
    for s in reversed(order):
        if comp[s] != -1:
            continue
        comp[s] = count
        stack = [s]
        while stack:
            node = stack.pop()
            for prev in predecessors(node):
                if comp[prev] == -1:
                    comp[prev] = count
                    stack.append(prev)
        count += 1
    has_incoming = [False] * count
    for a, b in tells:
        if comp[a] != comp[b]:
            has_incoming[comp[b]] = True
    return sum(1 for x in has_incoming if not x)
