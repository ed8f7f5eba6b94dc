from typing import List


def heaviest_load_under_limit(parcels: List[int], limit: int) -> int:
    # Keep the set of every reachable total not above the limit.
    totals = {0}
    for w in parcels:
        totals |= {t + w for t in totals if t + w <= limit}
    return max(totals)
