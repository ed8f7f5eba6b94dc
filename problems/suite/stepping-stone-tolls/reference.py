from collections import deque
from typing import List


def stepping_stone_tolls(tolls: List[int], k: int) -> int:
    # cost[i] = tolls[i] + min(cost[j] for reachable j in [i-k, i-1]);
    # a deque of indices keeps the window's minimum at its left end.
    n = len(tolls)
    if tolls[0] < 0 or tolls[-1] < 0:
        return -1
    cost = [0] * n
    cost[0] = tolls[0]
    window = deque([0])
    popleft, pop, append = window.popleft, window.pop, window.append
    for i in range(1, n):
        while window and window[0] < i - k:
            popleft()
        t = tolls[i]
        if t < 0 or not window:
            continue
        c = cost[window[0]] + t
        cost[i] = c
        while window and cost[window[-1]] >= c:
            pop()
        append(i)
    return cost[n - 1] if window and window[-1] == n - 1 else -1
