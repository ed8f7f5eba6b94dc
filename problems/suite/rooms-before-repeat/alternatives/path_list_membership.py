from typing import List


def rooms_before_repeat(door: List[int]) -> List[int]:
    n = len(door)
    result = [0] * n
    for start in range(n):
        if result[start] != 0:
            continue
        path = []
        node = start
        while node not in path and result[node] == 0:
            path.append(node)
            node = door[node]
        if result[node] == 0:
            # found a new cycle
            idx = path.index(node)
            cycle_len = len(path) - idx
            for u in path[idx:]:
                result[u] = cycle_len
            tail = path[:idx]
        else:
            tail = path
        for u in reversed(tail):
            result[u] = result[door[u]] + 1
    return result
