def points_in_convex_field(field, points):
    # Fan triangulation from vertex 0: binary search for the wedge holding the
    # point, then test the one edge that closes that wedge.
    x0, y0 = field[0]
    xs = [x - x0 for x, _ in field]
    ys = [y - y0 for _, y in field]
    m = len(field)
    ax, ay = xs[1], ys[1]
    bx, by = xs[m - 1], ys[m - 1]
    inside = 0
    for px, py in points:
        px -= x0
        py -= y0
        if ax * py - ay * px < 0 or bx * py - by * px > 0:
            continue
        lo, hi = 1, m - 2  # largest i with cross(v_i, p) >= 0 lies in [lo, hi]
        while lo < hi:
            mid = (lo + hi + 1) >> 1
            if xs[mid] * py - ys[mid] * px >= 0:
                lo = mid
            else:
                hi = mid - 1
        cx, cy = xs[lo], ys[lo]
        if (xs[lo + 1] - cx) * (py - cy) - (ys[lo + 1] - cy) * (px - cx) >= 0:
            inside += 1
    return inside
