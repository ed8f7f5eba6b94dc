from typing import List


def largest_alliance_sizes(n: int, treaties: List[List[int]]) -> List[int]:
    # Parent pointers without union by size and without path compression.
    parent = list(range(n))
    size = [1] * n
    best = 1
    out = []

    def root(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in treaties:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[ra] = rb
            size[rb] += size[ra]
            if size[rb] > best:
                best = size[rb]
        out.append(best)
    return out
