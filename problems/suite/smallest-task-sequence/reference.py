from heapq import heapify, heappop, heappush
from typing import List


def smallest_task_sequence(n: int, rules: List[List[int]]) -> List[int]:
    # Kahn's algorithm where the ready set is a min-heap of labels.
    after = [[] for _ in range(n)]
    need = [0] * n
    for a, b in rules:
        after[a].append(b)
        need[b] += 1
    ready = [i for i in range(n) if not need[i]]  # ascending, already a heap
    order = []
    push_out = order.append
    pop = heappop
    push = heappush
    while ready:
        u = pop(ready)
        push_out(u)
        for v in after[u]:
            k = need[v] - 1
            need[v] = k
            if not k:
                push(ready, v)
    return order if len(order) == n else []
