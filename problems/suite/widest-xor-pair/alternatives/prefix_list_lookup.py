from typing import List


def widest_xor_pair(values: List[int]) -> int:
    best = 0
    mask = 0
    for b in range(max(values).bit_length() - 1, -1, -1):
        mask |= 1 << b
        prefixes = []
        for v in values:
            p = v & mask
            if p not in prefixes:  # keep each prefix once
                prefixes.append(p)
        candidate = best | (1 << b)
        seen = set(prefixes)
        if any(p ^ candidate in seen for p in prefixes):
            best = candidate
    return best
