from math import gcd


def right_angle_triangles(points):
    total = 0
    for px, py in points:
        directions = []
        for qx, qy in points:
            if (qx, qy) != (px, py):
                dx, dy = qx - px, qy - py
                g = gcd(dx, dy)
                directions.append((dx // g, dy // g))
        for dx, dy in directions:
            total += directions.count((-dy, dx)) + directions.count((dy, -dx))
    # every right angle was counted once from each of its two legs
    return total // 2
