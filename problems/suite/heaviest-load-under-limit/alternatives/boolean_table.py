from typing import List


def heaviest_load_under_limit(parcels: List[int], limit: int) -> int:
    # Classic 0/1 subset-sum table, one boolean per total, updated from high to low.
    can = [False] * (limit + 1)
    can[0] = True
    for w in parcels:
        for s in range(limit, w - 1, -1):
            if can[s - w]:
                can[s] = True
    for s in range(limit, -1, -1):
        if can[s]:
            return s
    return 0
