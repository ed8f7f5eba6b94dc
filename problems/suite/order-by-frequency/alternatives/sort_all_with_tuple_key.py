def order_by_frequency(values):
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return sorted(values, key=lambda v: (-counts[v], v))
