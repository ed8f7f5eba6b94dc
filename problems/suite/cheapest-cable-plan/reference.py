from operator import itemgetter
from typing import List


def cheapest_cable_plan(n: int, offers: List[List[int]]) -> int:
    # Kruskal: offers by price, disjoint-set union with union by size + path halving.
    parent = list(range(n))
    size = [1] * n
    total = 0
    need = n - 1
    for a, b, c in sorted(offers, key=itemgetter(2)):
        while parent[a] != a:
            parent[a] = a = parent[parent[a]]
        while parent[b] != b:
            parent[b] = b = parent[parent[b]]
        if a != b:
            if size[a] < size[b]:
                a, b = b, a
            parent[b] = a
            size[a] += size[b]
            total += c
            need -= 1
            if not need:
                break
    return total
