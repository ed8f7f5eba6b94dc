from typing import List


def smallest_task_sequence(n: int, rules: List[List[int]]) -> List[int]:
    # Each step rescans the labels from 0 for the first task with nothing pending.
    after = [[] for _ in range(n)]
    need = [0] * n
    for a, b in rules:
        after[a].append(b)
        need[b] += 1
    done = [False] * n
    order = []
    for _ in range(n):
        pick = -1
        for i in range(n):
            if not done[i] and need[i] == 0:
                pick = i
                break
        if pick == -1:
            return []
        done[pick] = True
        order.append(pick)
        for v in after[pick]:
            need[v] -= 1
    return order
