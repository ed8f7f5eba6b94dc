def close_range_inversions(readings, reach):
    # Slide a window of the last `reach` readings over the list, kept as a
    # Fenwick tree of value ranks: each new reading asks how many window
    # readings are larger, then the reading leaving the window is removed.
    n = len(readings)
    if n < 2 or reach <= 0:
        return 0
    rank = {v: r for r, v in enumerate(sorted(set(readings)), 1)}
    ranks = [rank[v] for v in readings]
    m = len(rank)
    tree = [0] * (m + 1)
    total = 0
    size = 0
    for j, r in enumerate(ranks):
        if j > reach:
            k = ranks[j - reach - 1]
            while k <= m:
                tree[k] -= 1
                k += k & -k
            size -= 1
        # window readings with rank <= r
        k = r
        s = 0
        while k:
            s += tree[k]
            k &= k - 1
        total += size - s
        k = r
        while k <= m:
            tree[k] += 1
            k += k & -k
        size += 1
    return total
