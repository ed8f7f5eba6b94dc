def longest_divisible_run(values, m):
    # first[r] = earliest prefix length whose sum is congruent to r (mod m)
    first = {0: 0}
    first_of = first.setdefault
    best = 0
    total = 0
    j = 0
    for x in values:
        j += 1
        total = (total + x) % m
        d = j - first_of(total, j)
        if d > best:
            best = d
    return best
