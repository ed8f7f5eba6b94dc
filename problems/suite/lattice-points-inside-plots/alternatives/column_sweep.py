from typing import List


def lattice_points_inside_plots(plots: List[List[List[int]]]) -> List[int]:
    # For every integer x strictly between the leftmost and rightmost vertex, intersect
    # the vertical line with the lower and upper chains (exact rationals) and count the
    # integers strictly between them. O(width + vertices) per plot.
    out = []
    for poly in plots:
        k = len(poly)
        lower = []
        upper = []
        for i in range(k):
            x1, y1 = poly[i]
            x2, y2 = poly[(i + 1) % k]
            if x2 > x1:
                lower.append((x1, y1, x2, y2))
            elif x2 < x1:
                upper.append((x2, y2, x1, y1))
        lower.sort()
        upper.sort()
        xmin = min(p[0] for p in poly)
        xmax = max(p[0] for p in poly)
        count = 0
        li = ui = 0
        for x in range(xmin + 1, xmax):
            while lower[li][2] < x:
                li += 1
            while upper[ui][2] < x:
                ui += 1
            ax, ay, bx, by = lower[li]
            # y_low = ay + (by - ay) * (x - ax) / (bx - ax)
            den = bx - ax
            num = ay * den + (by - ay) * (x - ax)
            low_floor = num // den
            ax, ay, bx, by = upper[ui]
            den = bx - ax
            num = ay * den + (by - ay) * (x - ax)
            high_ceil = -((-num) // den)
            if high_ceil - low_floor - 1 > 0:
                count += high_ceil - low_floor - 1
        out.append(count)
    return out
