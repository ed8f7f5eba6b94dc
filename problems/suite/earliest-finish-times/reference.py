from typing import List


def earliest_finish_times(duration: List[int], after: List[List[int]]) -> List[int]:
    n = len(duration)
    succ = [[] for _ in range(n)]
    indeg = [0] * n
    for a, b in after:
        succ[a].append(b)
        indeg[b] += 1
    start = [0] * n
    ready = [i for i in range(n) if not indeg[i]]
    pop = ready.pop
    push = ready.append
    finish = list(duration)
    while ready:
        u = pop()
        f = start[u] + duration[u]
        finish[u] = f
        for v in succ[u]:
            if f > start[v]:
                start[v] = f
            indeg[v] -= 1
            if not indeg[v]:
                push(v)
    return finish
