def king_moves_between_all_pairs(squares):
    # Chebyshev distance via the rotated axes, summed with a running prefix total.
    total = 0
    for key in (lambda s: s[0] + s[1], lambda s: s[0] - s[1]):
        values = sorted(map(key, squares))
        prefix = 0
        for i, a in enumerate(values):
            total += a * i - prefix
            prefix += a
    return total // 2
