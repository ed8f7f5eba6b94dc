from typing import List


def cargo_hold_value(crates: List[List[int]], capacity: int) -> int:
    # Full (items + 1) x (capacity + 1) table filled cell by cell.
    n = len(crates)
    table = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        w, v = crates[i - 1]
        prev = table[i - 1]
        cur = table[i]
        for c in range(capacity + 1):
            best = prev[c]
            if w <= c and prev[c - w] + v > best:
                best = prev[c - w] + v
            cur[c] = best
    return table[n][capacity]
