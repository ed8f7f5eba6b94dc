from typing import List

MOD = 1_000_000_007


def blocked_lattice_walks(rows: int, cols: int, blocked: List[List[int]]) -> int:
    top = rows + cols
    fact = [1] * (top + 1)
    for i in range(1, top + 1):
        fact[i] = fact[i - 1] * i % MOD

    def paths(dr, dc):
        # C(dr + dc, dr) mod p, inverting the factorials with Fermat each time
        return fact[dr + dc] * pow(fact[dr] * fact[dc] % MOD, MOD - 2, MOD) % MOD

    pts = sorted(set(map(tuple, blocked)))
    goal = (rows - 1, cols - 1)
    if (0, 0) in pts or goal in pts:
        return 0
    pts.append(goal)
    good = []
    for i, (r, c) in enumerate(pts):
        total = paths(r, c)
        for j in range(i):
            pr, pc = pts[j]
            if pr <= r and pc <= c:
                total -= good[j] * paths(r - pr, c - pc)
        good.append(total % MOD)
    return good[-1]
