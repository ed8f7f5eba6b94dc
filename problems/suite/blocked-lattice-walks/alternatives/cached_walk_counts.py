from functools import lru_cache
from typing import List

MOD = 1_000_000_007


def blocked_lattice_walks(rows: int, cols: int, blocked: List[List[int]]) -> int:
    pts = sorted({(r, c) for r, c in blocked})
    if pts and pts[0] == (0, 0):
        return 0
    goal = (rows - 1, cols - 1)
    if pts and pts[-1] == goal:
        return 0
    pts.append(goal)
    top = rows + cols
    fact = [1] * (top + 1)
    for i in range(1, top + 1):
        fact[i] = fact[i - 1] * i % MOD
    inv = [1] * (top + 1)
    inv[top] = pow(fact[top], MOD - 2, MOD)
    for i in range(top, 0, -1):
        inv[i - 1] = inv[i] * i % MOD

    @lru_cache(maxsize=None)
    def walks(dr, dc):
        # monotone walks across a dr x dc offset: C(dr + dc, dr)
        return fact[dr + dc] * inv[dr] % MOD * inv[dc] % MOD

    # good[i]: walks from the start to plot i that avoid every earlier blocked plot
    good = []
    for r, c in pts:
        total = walks(r, c)
        for (pr, pc), g in zip(pts, good):
            if pr <= r and pc <= c and g:
                total -= g * walks(r - pr, c - pc)
        good.append(total % MOD)
    return good[-1]
