def longest_intact_stretch(road, k):
    runs = [len(part) for part in road.split("x")]
    damaged = len(runs) - 1
    if k >= damaged:
        return len(road)
    best = 0
    for i in range(len(runs) - k):
        total = sum(runs[i:i + k + 1]) + k
        if total > best:
            best = total
    return best
