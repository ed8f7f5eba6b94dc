from bisect import bisect_left, bisect_right


def street_crossings(east_west, north_south):
    # Sweep x from west to east. An east-west street is active from x1 to x2;
    # a north-south street at x counts the active ones whose y lies in
    # [y1, y2]. At equal x, openings (kind 0) come before queries (kind 1)
    # and queries before closings (kind 2), as segments are closed. Active
    # y's live in a Fenwick tree over the sorted distinct y's. Each event is
    # packed into one int, (x * 3 + kind) << 2w | payload, so a plain integer
    # sort orders them.
    if not east_west or not north_south:
        return 0
    ys = sorted({y for _, _, y in east_west})
    where = {y: i for i, y in enumerate(ys, 1)}
    m = len(ys)
    w = (m + 1).bit_length()
    mask = (1 << w) - 1
    w2 = w + w
    events = []
    add = events.append
    for x1, x2, y in east_west:
        r = where[y]
        add(x1 * 3 << w2 | r)
        add((x2 * 3 + 2) << w2 | r)
    for x, y1, y2 in north_south:
        add((x * 3 + 1) << w2 | bisect_left(ys, y1) << w | bisect_right(ys, y2))
    events.sort()
    tree = [0] * (m + 1)
    total = 0
    for e in events:
        kind = (e >> w2) % 3
        if kind == 1:
            # active y's with rank in (a, b]
            a = (e >> w) & mask
            b = e & mask
            while b > a:
                total += tree[b]
                b &= b - 1
            while a > b:
                total -= tree[a]
                a &= a - 1
        else:
            d = 1 if kind == 0 else -1
            a = e & mask
            while a <= m:
                tree[a] += d
                a += a & -a
    return total
