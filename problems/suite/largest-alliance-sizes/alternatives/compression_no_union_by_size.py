from typing import List


def largest_alliance_sizes(n: int, treaties: List[List[int]]) -> List[int]:
    # Two-pass path compression, but the first root is always hung below the second
    # (no union by size).
    parent = list(range(n))
    size = [1] * n

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            nxt = parent[x]
            parent[x] = root
            x = nxt
        return root

    best = 1
    out = []
    for a, b in treaties:
        ra = find(a)
        rb = find(b)
        if ra != rb:
            parent[ra] = rb
            size[rb] += size[ra]
            best = max(best, size[rb])
        out.append(best)
    return out
