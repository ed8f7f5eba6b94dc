def right_angle_triangles(points):
    n = len(points)
    total = 0
    for i in range(n):
        ax, ay = points[i]
        for j in range(i + 1, n):
            bx, by = points[j]
            for k in range(j + 1, n):
                cx, cy = points[k]
                if ((bx - ax) * (cx - ax) + (by - ay) * (cy - ay) == 0
                        or (ax - bx) * (cx - bx) + (ay - by) * (cy - by) == 0
                        or (ax - cx) * (bx - cx) + (ay - cy) * (by - cy) == 0):
                    total += 1
    return total
