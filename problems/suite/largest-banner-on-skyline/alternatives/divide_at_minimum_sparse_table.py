def largest_banner(heights):
    n = len(heights)
    if n == 0:
        return 0
    # sparse table of argmin positions
    table = [list(range(n))]
    span = 1
    while 2 * span <= n:
        prev = table[-1]
        row = []
        for i in range(n - 2 * span + 1):
            a, b = prev[i], prev[i + span]
            row.append(a if heights[a] <= heights[b] else b)
        table.append(row)
        span *= 2

    def argmin(lo, hi):  # inclusive bounds
        j = (hi - lo + 1).bit_length() - 1
        a, b = table[j][lo], table[j][hi - (1 << j) + 1]
        return a if heights[a] <= heights[b] else b

    best = 0
    todo = [(0, n - 1)]
    while todo:
        lo, hi = todo.pop()
        if lo > hi:
            continue
        m = argmin(lo, hi)
        area = heights[m] * (hi - lo + 1)
        if area > best:
            best = area
        todo.append((lo, m - 1))
        todo.append((m + 1, hi))
    return best
