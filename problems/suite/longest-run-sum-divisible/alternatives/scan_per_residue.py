def longest_divisible_run(values, m):
    residues = [0]
    total = 0
    for x in values:
        total = (total + x) % m
        residues.append(total)
    rev = residues[::-1]
    n = len(residues)
    best = 0
    for r in range(m):
        # a run needs two prefix sums with the same residue
        if residues.count(r) < 2:
            continue
        i = residues.index(r)
        j = n - 1 - rev.index(r)
        if j - i > best:
            best = j - i
    return best
