from bisect import bisect_left, bisect_right, insort


def street_crossings(east_west, north_south):
    # Sweep x from west to east. An east-west street is active from x1 to x2;
    # a north-south street at x counts the active ones whose y lies in
    # [y1, y2]. Events sort by (x, kind): openings (0) before queries (1)
    # before closings (2), since segments are closed. The active y's are kept
    # in a sorted list, so each query is two bisections; at these sizes the
    # C-level insert/delete shifts beat a Python-level Fenwick tree.
    if not east_west or not north_south:
        return 0
    events = [(x1, 0, y, y) for x1, _, y in east_west]
    events += [(x2, 2, y, y) for _, x2, y in east_west]
    events += [(x, 1, y1, y2) for x, y1, y2 in north_south]
    events.sort()
    active = []
    total = 0
    for _, kind, a, b in events:
        if kind == 1:
            total += bisect_right(active, b) - bisect_left(active, a)
        elif kind == 0:
            insort(active, a)
        else:
            del active[bisect_left(active, a)]
    return total
