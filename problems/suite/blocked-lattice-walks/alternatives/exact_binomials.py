from math import comb
from typing import List

MOD = 1_000_000_007


def blocked_lattice_walks(rows: int, cols: int, blocked: List[List[int]]) -> int:
    # Same inclusion-exclusion over blocked plots, but every binomial coefficient is
    # computed exactly with math.comb (huge integers) before reducing modulo MOD.
    pts = sorted(set((r, c) for r, c in blocked))
    pts = [p for p in pts if p != (rows - 1, cols - 1)] + [(rows - 1, cols - 1)]
    good = []
    for i, (r, c) in enumerate(pts):
        total = comb(r + c, r)
        for j in range(i):
            pr, pc = pts[j]
            if pr <= r and pc <= c:
                total -= good[j] * comb(r - pr + c - pc, r - pr)
        good.append(total % MOD)
    if (rows - 1, cols - 1) in set((r, c) for r, c in blocked):
        return 0
    return good[-1]
