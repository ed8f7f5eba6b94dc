from typing import List

MOD = 1_000_000_007


def blocked_lattice_walks(rows: int, cols: int, blocked: List[List[int]]) -> int:
    # Count walks plot by plot, one row at a time: O(rows * cols).
    bad = {}
    for r, c in blocked:
        bad.setdefault(r, set()).add(c)
    row = [0] * cols
    for r in range(rows):
        cut = bad.get(r, ())
        for c in range(cols):
            if c in cut:
                row[c] = 0
            elif r == 0 and c == 0:
                row[c] = 1
            elif c > 0:
                row[c] = (row[c] + row[c - 1]) % MOD
    return row[cols - 1]
