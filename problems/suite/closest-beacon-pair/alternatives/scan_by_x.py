def closest_beacon_pair(beacons):
    pts = sorted(beacons)
    n = len(pts)
    best = None
    for i in range(n):
        xi, yi = pts[i]
        for j in range(i + 1, n):
            dx = pts[j][0] - xi
            if best is not None and dx * dx >= best:
                break
            d = dx * dx + (pts[j][1] - yi) ** 2
            if best is None or d < best:
                best = d
    return best
