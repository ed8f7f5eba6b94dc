import copy
from typing import List


def largest_alliance_sizes(n: int, treaties: List[List[int]]) -> List[int]:
    treaties = copy.deepcopy(treaties)  # avoid mutating the caller's list
    parent = list(range(n))
    size = [1] * n

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    best = 1
    result = []
    for a, b in treaties:
        ra, rb = find(a), find(b)
        if ra != rb:
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]
            best = max(best, size[ra])
        result.append(best)
    return result
