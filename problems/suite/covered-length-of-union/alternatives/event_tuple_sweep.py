def covered_length(intervals):
    events = []
    for a, b in intervals:
        events.append((a, 1))
        events.append((b, -1))
    events.sort()
    total = 0
    depth = 0
    opened = 0
    for x, delta in events:
        if delta == 1:
            if depth == 0:
                opened = x
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                total += x - opened
    return total
