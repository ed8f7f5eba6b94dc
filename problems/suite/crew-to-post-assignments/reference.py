from typing import List


def crew_to_post_assignments(qualified: List[List[int]]) -> int:
    # ways[mask]: ways to give the first popcount(mask) crew members exactly the posts
    # in mask. Push each count forward to the posts the next member may take.
    n = len(qualified)
    allowed = [sum(1 << j for j, q in enumerate(row) if q) for row in qualified]
    full = (1 << n) - 1
    ways = [0] * (1 << n)
    ways[0] = 1
    for mask in range(full):
        w = ways[mask]
        if not w:
            continue
        free = allowed[mask.bit_count()] & ~mask
        while free:
            low = free & -free
            ways[mask | low] += w
            free ^= low
    return ways[full]
