import sys
from typing import List


def cargo_hold_value(crates: List[List[int]], capacity: int) -> int:
    # Top-down recursion over (crate index, remaining room) with a memo table.
    items = [(c[0], c[1]) for c in crates]
    n = len(items)
    sys.setrecursionlimit(max(1000, 2 * n + 100))
    memo = [[-1] * (capacity + 1) for _ in range(n)]

    def best(i: int, room: int) -> int:
        if i == n:
            return 0
        row = memo[i]
        got = row[room]
        if got >= 0:
            return got
        w, v = items[i]
        res = best(i + 1, room)
        if w <= room:
            take = v + best(i + 1, room - w)
            if take > res:
                res = take
        row[room] = res
        return res

    return best(0, capacity)
