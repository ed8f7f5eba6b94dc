def king_moves_between_all_pairs(squares):
    # max(|dx|, |dy|) = (|du| + |dv|) / 2 with u = x + y, v = x - y, and the sum of
    # |a_i - a_j| over pairs of sorted values is sum(a_i * (2i - n + 1)).
    n = len(squares)
    us = sorted([x + y for x, y in squares])
    vs = sorted([x - y for x, y in squares])
    total = 0
    for i, (u, v) in enumerate(zip(us, vs)):
        total += (u + v) * (2 * i - n + 1)
    return total // 2
