from typing import List


def cheapest_cable_plan(n: int, offers: List[List[int]]) -> int:
    # Kruskal with a component label per site; merging relabels one component by
    # scanning every site.
    comp = list(range(n))
    total = 0
    for a, b, c in sorted(offers, key=lambda e: e[2]):
        ca, cb = comp[a], comp[b]
        if ca != cb:
            total += c
            for i in range(n):
                if comp[i] == cb:
                    comp[i] = ca
    return total
