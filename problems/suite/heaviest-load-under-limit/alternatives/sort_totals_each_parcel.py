from typing import List


def heaviest_load_under_limit(parcels: List[int], limit: int) -> int:
    totals = [0]
    for w in parcels:
        new = [t + w for t in totals if t + w <= limit]
        totals = sorted(set(totals + new))
    return totals[-1]
