def gift_pairs_within_budget(prices, budget):
    # Sort, then walk two pointers inward: when p[i] + p[j] fits, every
    # partner of p[i] between i + 1 and j fits too.
    p = sorted(prices)
    i = 0
    j = len(p) - 1
    count = 0
    while i < j:
        if p[i] + p[j] <= budget:
            count += j - i
            i += 1
        else:
            j -= 1
    return count
