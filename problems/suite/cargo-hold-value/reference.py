from bisect import bisect_right
from itertools import accumulate, chain, compress, repeat
from operator import add, lt
from typing import List


def cargo_hold_value(crates: List[List[int]], capacity: int) -> int:
    # Sparse phase: keep only the Pareto front of (weight, value) pairs that are not
    # dominated (lighter-or-equal and at least as valuable). Stored as (weight, -value)
    # so that a plain sort puts the most valuable pair first among equal weights.
    # If the front grows large relative to the capacity, switch to the dense
    # 1-D table updated with whole-slice operations.
    bonus = 0
    front = [(0, 0)]
    dense = None
    top = capacity + 1
    limit = capacity // 6 + 16
    for w, v in crates:
        if w == 0:
            bonus += v
            continue
        if w > capacity or v == 0:
            continue
        if dense is None:
            k = bisect_right(front, (capacity - w, 1))  # all pairs with weight <= capacity - w
            merged = front + [(a + w, nb - v) for a, nb in front[:k]]
            merged.sort()  # two sorted runs -> linear merge
            nbs = [nb for _, nb in merged]
            front = list(compress(merged, map(lt, nbs, chain((1,), accumulate(nbs, min)))))
            if len(front) > limit:
                dense = [0] * top
                for i in range(len(front)):
                    a, nb = front[i]
                    end = front[i + 1][0] if i + 1 < len(front) else top
                    dense[a:end] = repeat(-nb, end - a)
        else:
            best = dense
            best[w:] = [a if a >= b else b
                        for a, b in zip(best[w:], map(add, best[:top - w], repeat(v)))]
    if dense is None:
        return bonus - front[-1][1]
    return bonus + dense[capacity]
