def axis_aligned_right_triangles(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    total = 0
    for x, y in points:
        same_column = xs.count(x) - 1
        same_row = ys.count(y) - 1
        total += same_column * same_row
    return total
