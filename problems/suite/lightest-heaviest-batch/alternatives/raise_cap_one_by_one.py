def min_heaviest_batch(weights, m):
    if not weights:
        return 0
    total = sum(weights)
    cap = max(max(weights), (total + m - 1) // m)
    while True:
        batches = 1
        load = 0
        for w in weights:
            if load + w > cap:
                batches += 1
                load = w
            else:
                load += w
        if batches <= m:
            return cap
        cap += 1
