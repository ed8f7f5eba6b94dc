from bisect import bisect_right


def quiet_days_in_period(noise, periods):
    # Square-root decomposition: whole blocks are sorted once and answered by
    # bisection, the partial blocks at both ends are scanned.
    n = len(noise)
    size = max(1, int(n ** 0.5))
    blocks = [sorted(noise[s:s + size]) for s in range(0, n, size)]
    result = []
    for lo, hi, limit in periods:
        first = lo // size
        last = hi // size
        if first == last:
            result.append(sum(1 for x in noise[lo:hi + 1] if x <= limit))
            continue
        count = sum(1 for x in noise[lo:(first + 1) * size] if x <= limit)
        count += sum(1 for x in noise[last * size:hi + 1] if x <= limit)
        for b in range(first + 1, last):
            count += bisect_right(blocks[b], limit)
        result.append(count)
    return result
