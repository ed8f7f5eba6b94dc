def points_in_convex_field(field, points):
    # Even-odd ray casting, with an explicit on-boundary test first.
    m = len(field)
    count = 0
    for px, py in points:
        on_edge = False
        crossings = 0
        for i in range(m):
            x1, y1 = field[i]
            x2, y2 = field[i - 1]
            if (x2 - x1) * (py - y1) == (y2 - y1) * (px - x1) and \
                    min(x1, x2) <= px <= max(x1, x2) and min(y1, y2) <= py <= max(y1, y2):
                on_edge = True
                break
            if (y1 > py) != (y2 > py):
                # x of the crossing is x1 + (py - y1) * (x2 - x1) / (y2 - y1); compare exactly
                num = (py - y1) * (x2 - x1)
                den = y2 - y1
                if den < 0:
                    num, den = -num, -den
                if px * den < x1 * den + num:
                    crossings += 1
        if on_edge or crossings % 2 == 1:
            count += 1
    return count
