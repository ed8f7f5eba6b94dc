from functools import lru_cache
from math import gcd
from operator import mul, sub
from typing import List


@lru_cache(maxsize=None)
def points_on_edge(dx: int, dy: int) -> int:
    # lattice points on an edge of offset (dx, dy), one end excluded
    return gcd(dx, dy)


def lattice_points_inside_plots(plots: List[List[List[int]]]) -> List[int]:
    # Pick's theorem: Inside = (2 * Area - Boundary + 2) / 2.
    out = []
    for poly in plots:
        xs = [p[0] for p in poly]
        ys = [p[1] for p in poly]
        xs2 = xs[1:] + xs[:1]
        ys2 = ys[1:] + ys[:1]
        twice_area = abs(sum(map(mul, xs, ys2)) - sum(map(mul, xs2, ys)))
        boundary = sum(map(points_on_edge, map(sub, xs2, xs), map(sub, ys2, ys)))
        out.append((twice_area - boundary + 2) // 2)
    return out
