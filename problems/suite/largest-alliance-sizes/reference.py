from typing import List


def largest_alliance_sizes(n: int, treaties: List[List[int]]) -> List[int]:
    # Disjoint-set union: union by size + path halving.
    parent = list(range(n))
    size = [1] * n
    best = 1
    out = []
    push = out.append
    for a, b in treaties:
        while parent[a] != a:
            parent[a] = a = parent[parent[a]]
        while parent[b] != b:
            parent[b] = b = parent[parent[b]]
        if a != b:
            sa = size[a]
            sb = size[b]
            if sa < sb:
                a, b = b, a
            parent[b] = a
            s = sa + sb
            size[a] = s
            if s > best:
                best = s
        push(best)
    return out
