from typing import List


def heaviest_load_under_limit(parcels: List[int], limit: int) -> int:
    # Bitset of reachable totals: bit s is set iff some subset weighs exactly s.
    mask = (1 << (limit + 1)) - 1
    reach = 1
    target = 1 << limit
    for w in parcels:
        if w <= limit:
            reach |= (reach << w) & mask
            if reach & target:
                return limit
    return reach.bit_length() - 1
