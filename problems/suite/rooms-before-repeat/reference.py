from typing import List


def rooms_before_repeat(door: List[int]) -> List[int]:
    n = len(door)
    res = [0] * n          # 0 = not finished yet
    pos = [-1] * n         # position on the walk being explored, -1 = not on it
    for start in range(n):
        if res[start]:
            continue
        path = []
        v = start
        while not res[v] and pos[v] < 0:
            pos[v] = len(path)
            path.append(v)
            v = door[v]
        if res[v]:
            k = len(path)
            count = res[v]
        else:
            # the walk closed a new cycle starting at path[pos[v]]
            k = pos[v]
            count = len(path) - k
            for u in path[k:]:
                res[u] = count
        for i in range(k - 1, -1, -1):
            count += 1
            res[path[i]] = count
        for u in path:
            pos[u] = -1
    return res
