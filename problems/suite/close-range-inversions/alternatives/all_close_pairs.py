def close_range_inversions(readings, reach):
    n = len(readings)
    total = 0
    for i in range(n):
        a = readings[i]
        for j in range(i + 1, min(n, i + reach + 1)):
            if a > readings[j]:
                total += 1
    return total
