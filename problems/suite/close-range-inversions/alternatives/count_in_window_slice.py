def close_range_inversions(readings, reach):
    total = 0
    for j in range(len(readings)):
        start = max(0, j - reach)
        total += sum(1 for x in readings[start:j] if x > readings[j])
    return total
