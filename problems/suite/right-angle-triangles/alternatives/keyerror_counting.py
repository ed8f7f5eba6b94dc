from math import gcd


def right_angle_triangles(points):
    total = 0
    for i, (px, py) in enumerate(points):
        counts = {}
        for j, (qx, qy) in enumerate(points):
            if i == j:
                continue
            dx, dy = qx - px, qy - py
            g = gcd(dx, dy)
            dx, dy = dx // g, dy // g
            # rotate into the quadrant x > 0, y >= 0, remembering the quarter turns
            turns = 0
            while not (dx > 0 and dy >= 0):
                dx, dy = dy, -dx
                turns += 1
            key = (dx, dy, turns % 2)
            try:
                counts[key] += 1
            except KeyError:
                counts[key] = 1
        for (dx, dy, parity), c in counts.items():
            if parity == 0:
                try:
                    total += c * counts[(dx, dy, 1)]
                except KeyError:
                    pass
    return total
