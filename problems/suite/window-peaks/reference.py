def window_peaks(values, k):
    n = len(values)
    count = n - k + 1
    if count <= 0:
        return []
    if k == 1:
        return list(values)
    if k <= 3:
        return list(map(max, *[values[i:i + count] for i in range(k)]))
    # Split into blocks of k cells. Every window covers the tail of one block
    # and the head of the next: answer = max(suffix max, prefix max).
    head = [0] * n
    tail = [0] * n
    for start in range(0, n, k):
        stop = start + k
        if stop > n:
            stop = n
        m = values[start]
        for i in range(start, stop):
            x = values[i]
            if x > m:
                m = x
            head[i] = m
        m = values[stop - 1]
        for i in range(stop - 1, start - 1, -1):
            x = values[i]
            if x > m:
                m = x
            tail[i] = m
    del head[:k - 1]
    return [a if a > b else b for a, b in zip(tail, head)]
