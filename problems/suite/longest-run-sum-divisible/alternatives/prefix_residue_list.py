def longest_divisible_run(values, m):
    # residues of every prefix sum first, then the earliest place of each residue
    prefix = [0]
    for x in values:
        prefix.append((prefix[-1] + x) % m)
    first = {}
    best = 0
    for j, r in enumerate(prefix):
        if r in first:
            if j - first[r] > best:
                best = j - first[r]
        else:
            first[r] = j
    return best
