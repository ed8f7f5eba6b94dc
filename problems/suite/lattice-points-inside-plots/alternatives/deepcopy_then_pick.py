import copy
from math import gcd
from typing import List


def lattice_points_inside_plots(plots: List[List[List[int]]]) -> List[int]:
    plots = copy.deepcopy(plots)  # work on a private copy of the input
    result = []
    for poly in plots:
        k = len(poly)
        area2 = 0
        boundary = 0
        for i in range(k):
            x1, y1 = poly[i]
            x2, y2 = poly[(i + 1) % k]
            area2 += x1 * y2 - x2 * y1
            boundary += gcd(abs(x2 - x1), abs(y2 - y1))
        area2 = abs(area2)
        result.append((area2 - boundary + 2) // 2)
    return result
