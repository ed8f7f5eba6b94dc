def street_crossings(east_west, north_south):
    events = []
    for x1, x2, y in east_west:
        events.append((x1, 0, y, y))
        events.append((x2, 2, y, y))
    for x, y1, y2 in north_south:
        events.append((x, 1, y1, y2))
    events.sort()
    active = []
    total = 0
    for x, kind, a, b in events:
        if kind == 0:
            active.append(a)
        elif kind == 2:
            active.remove(a)
        else:
            total += sum(1 for y in active if a <= y <= b)
    return total
