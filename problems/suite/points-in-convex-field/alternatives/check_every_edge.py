def points_in_convex_field(field, points):
    m = len(field)
    count = 0
    for px, py in points:
        inside = True
        for i in range(m):
            x1, y1 = field[i]
            x2, y2 = field[(i + 1) % m]
            if (x2 - x1) * (py - y1) - (y2 - y1) * (px - x1) < 0:
                inside = False
                break
        if inside:
            count += 1
    return count
