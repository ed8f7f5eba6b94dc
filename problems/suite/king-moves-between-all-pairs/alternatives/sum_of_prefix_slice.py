def king_moves_between_all_pairs(squares):
    us = sorted(x + y for x, y in squares)
    vs = sorted(x - y for x, y in squares)
    total = 0
    for values in (us, vs):
        for i in range(len(values)):
            total += values[i] * i - sum(values[:i])
    return total // 2
