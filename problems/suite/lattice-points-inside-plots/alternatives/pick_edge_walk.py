from typing import List


def lattice_points_inside_plots(plots: List[List[List[int]]]) -> List[int]:
    # Pick's theorem, but the boundary points of every edge are found by walking the edge
    # one unit at a time along its longer axis and testing for integer coordinates.
    out = []
    for poly in plots:
        k = len(poly)
        twice_area = 0
        boundary = 0
        for i in range(k):
            x1, y1 = poly[i]
            x2, y2 = poly[(i + 1) % k]
            twice_area += x1 * y2 - x2 * y1
            dx, dy = x2 - x1, y2 - y1
            adx, ady = abs(dx), abs(dy)
            if adx >= ady:
                for t in range(1, adx + 1):
                    if (ady * t) % adx == 0:
                        boundary += 1
            else:
                for t in range(1, ady + 1):
                    if (adx * t) % ady == 0:
                        boundary += 1
        twice_area = abs(twice_area)
        out.append((twice_area - boundary + 2) // 2)
    return out
