def square_product_pairs(values):
    counts = {}
    for v in values:
        core = 1
        d = 2
        while d * d <= v:
            e = 0
            while v % d == 0:
                v //= d
                e += 1
            if e % 2 == 1:
                core *= d
            d += 1
        core *= v
        counts[core] = counts.get(core, 0) + 1
    return sum(c * (c - 1) // 2 for c in counts.values())
