from typing import List


def earliest_finish_times(duration: List[int], after: List[List[int]]) -> List[int]:
    n = len(duration)
    indegree = [0] * n
    for a, b in after:
        indegree[b] += 1
    earliest_start = [0] * n
    finish = [0] * n
    queue = [i for i in range(n) if indegree[i] == 0]
    while queue:
        task = queue.pop()
        finish[task] = earliest_start[task] + duration[task]
        # find the tasks that wait for this one
        for a, b in after:
            if a == task:
                earliest_start[b] = max(earliest_start[b], finish[task])
                indegree[b] -= 1
                if indegree[b] == 0:
                    queue.append(b)
    return finish
