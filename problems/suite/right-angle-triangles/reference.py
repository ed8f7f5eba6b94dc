from math import gcd


def right_angle_triangles(points):
    # Every right triangle has exactly one right-angle corner. At a corner P, reduce
    # each direction P->Q to a primitive vector and rotate it by quarter turns into
    # the quadrant x > 0, y >= 0. Two directions are perpendicular exactly when they
    # reach the same vector with an odd difference in quarter turns. The direction
    # Q->P reaches the same vector with the same parity, so each unordered pair is
    # reduced once and filed at both ends.
    n = len(points)
    even = [{} for _ in range(n)]
    odd = [{} for _ in range(n)]
    for i in range(n):
        xi, yi = points[i]
        ev_i = even[i]
        od_i = odd[i]
        for j in range(i + 1, n):
            dx = points[j][0] - xi
            dy = points[j][1] - yi
            g = gcd(dx, dy)
            dx //= g
            dy //= g
            if dx > 0 and dy >= 0:
                key = (dx, dy)
                side = ev_i
                other = even[j]
            elif dx <= 0 and dy > 0:
                key = (dy, -dx)
                side = od_i
                other = odd[j]
            elif dx < 0:
                key = (-dx, -dy)
                side = ev_i
                other = even[j]
            else:
                key = (-dy, dx)
                side = od_i
                other = odd[j]
            side[key] = side.get(key, 0) + 1
            other[key] = other.get(key, 0) + 1
    total = 0
    for ev, od in zip(even, odd):
        if len(od) < len(ev):
            ev, od = od, ev
        get = od.get
        for key, c in ev.items():
            total += c * get(key, 0)
    return total
