from typing import List


def smallest_task_sequence(n: int, rules: List[List[int]]) -> List[int]:
    # Kahn's algorithm with a plain set of ready tasks; the smallest is found with min().
    after = [[] for _ in range(n)]
    need = [0] * n
    for a, b in rules:
        after[a].append(b)
        need[b] += 1
    ready = {i for i in range(n) if need[i] == 0}
    order = []
    while ready:
        u = min(ready)
        ready.remove(u)
        order.append(u)
        for v in after[u]:
            need[v] -= 1
            if need[v] == 0:
                ready.add(v)
    return order if len(order) == n else []
