def axis_aligned_right_triangles(points):
    n = len(points)
    col_size = [0] * n
    row_size = [0] * n
    for key, size in ((0, col_size), (1, row_size)):
        order = sorted(range(n), key=lambda i: points[i][key])
        start = 0
        while start < n:
            end = start
            value = points[order[start]][key]
            while end < n and points[order[end]][key] == value:
                end += 1
            for j in range(start, end):
                size[order[j]] = end - start
            start = end
    total = 0
    for i in range(n):
        total += (col_size[i] - 1) * (row_size[i] - 1)
    return total
