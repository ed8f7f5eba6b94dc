def peak_concurrency(sessions):
    events = []
    for s, e in sessions:
        events.append((s, 1))
        events.append((e, -1))
    # at equal times the closing (-1) sorts before the opening (+1)
    events.sort()
    best = 0
    current = 0
    for _, delta in events:
        current += delta
        if current > best:
            best = current
    return best
