from bisect import bisect_left, bisect_right, insort
from math import isqrt


def closest_beacon_pair(beacons):
    # Sweep by x. `active` holds (y, x) of the points whose x is within r of the
    # sweep line, sorted by y, where r = isqrt(best - 1): only a point with
    # |dx| <= r and |dy| <= r can beat the best squared distance so far.
    # Sweep along the wider axis, so that the active band stays thin.
    xs = [p[0] for p in beacons]
    ys = [p[1] for p in beacons]
    if max(ys) - min(ys) > max(xs) - min(xs):
        pts = sorted(zip(ys, xs))
    else:
        pts = sorted(beacons)
    x0, y0 = pts[0]
    x1, y1 = pts[1]
    best = (x1 - x0) ** 2 + (y1 - y0) ** 2
    if best == 0:
        return 0
    r = isqrt(best - 1)
    active = [(y0, x0)]
    left = 0
    for x, y in pts[1:]:
        while x - pts[left][0] > r:
            lx, ly = pts[left]
            del active[bisect_left(active, (ly, lx))]
            left += 1
        lo = bisect_left(active, (y - r,))
        hi = bisect_right(active, (y + r + 1,))
        for ay, ax in active[lo:hi]:
            d = (x - ax) ** 2 + (y - ay) ** 2
            if d < best:
                if d == 0:
                    return 0
                best = d
                r = isqrt(best - 1)
        insort(active, (y, x))
    return best
