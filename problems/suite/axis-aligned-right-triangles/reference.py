from collections import Counter


def axis_aligned_right_triangles(points):
    if not points:
        return 0
    xs, ys = zip(*points)
    col = Counter(xs)
    row = Counter(ys)
    # The corner with the right angle picks one other point in its column
    # and one other point in its row.
    return sum((col[x] - 1) * (row[y] - 1) for x, y in points)
