from typing import List

MOD = 1_000_000_007


def blocked_lattice_walks(rows: int, cols: int, blocked: List[List[int]]) -> int:
    # Inclusion-exclusion over blocked plots in dominance order:
    # good[i] = walks from the start to plot i avoiding all earlier blocked plots.
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
    good = []
    for r, c in pts:
        total = fact[r + c] * inv[r] % MOD * inv[c]
        for (pr, pc), g in zip(pts, good):
            if pr <= r and pc <= c and g:
                dr = r - pr
                dc = c - pc
                total -= g * fact[dr + dc] % MOD * inv[dr] % MOD * inv[dc]
        good.append(total % MOD)
    return good[-1]
