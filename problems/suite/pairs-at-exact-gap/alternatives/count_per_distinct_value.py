def count_pairs_at_gap(values, k):
    # For every distinct value, scan the whole list to count it and its partner.
    total = 0
    seen = []
    for x in values:
        if x not in seen:
            seen.append(x)
    for x in seen:
        here = values.count(x)
        if k == 0:
            total += here * (here - 1) // 2
        else:
            total += here * values.count(x + k)
    return total
