from math import gcd
from operator import mul, sub
from typing import List


def lattice_points_inside_plots(plots: List[List[List[int]]]) -> List[int]:
    # Pick's theorem: Area = Inside + Boundary / 2 - 1, so
    # Inside = (2 * Area - Boundary + 2) / 2 with 2 * Area from the shoelace formula and
    # Boundary = sum of gcd(|dx|, |dy|) over the edges.
    out = []
    push = out.append
    for poly in plots:
        xs = [p[0] for p in poly]
        ys = [p[1] for p in poly]
        xs2 = xs[1:]
        xs2.append(xs[0])
        ys2 = ys[1:]
        ys2.append(ys[0])
        twice_area = sum(map(mul, xs, ys2)) - sum(map(mul, xs2, ys))
        if twice_area < 0:
            twice_area = -twice_area
        boundary = sum(map(gcd, map(sub, xs2, xs), map(sub, ys2, ys)))
        push((twice_area - boundary + 2) >> 1)
    return out
