from typing import List


def best_streak_with_edits(profits: List[int], operations: List[List[int]]) -> List[int]:
    # Square-root decomposition: each block keeps (total, best prefix, best suffix,
    # best run); a question scans partial blocks day by day and merges whole blocks.
    days = list(profits)
    n = len(days)
    bs = max(1, int(n ** 0.5))
    nb = (n + bs - 1) // bs

    def summarize(b):
        start = b * bs
        end = min(n, start + bs)
        total = 0
        pre = None
        for d in range(start, end):
            total += days[d]
            if pre is None or total > pre:
                pre = total
        suf = None
        acc = 0
        for d in range(end - 1, start - 1, -1):
            acc += days[d]
            if suf is None or acc > suf:
                suf = acc
        best = None
        run = 0
        for d in range(start, end):
            run = days[d] if run <= 0 else run + days[d]
            if best is None or run > best:
                best = run
        return (total, pre, suf, best)

    info = [summarize(b) for b in range(nb)]

    def merge(x, y):
        if x is None:
            return y
        return (x[0] + y[0], max(x[1], x[0] + y[1]), max(y[2], y[0] + x[2]),
                max(x[3], y[3], x[2] + y[1]))

    def scan(a, b):  # summary of days a..b inclusive, day by day
        acc = None
        for d in range(a, b + 1):
            v = days[d]
            acc = merge(acc, (v, v, v, v))
        return acc

    out = []
    for op in operations:
        if op[0] == 0:
            days[op[1]] = op[2]
            info[op[1] // bs] = summarize(op[1] // bs)
        else:
            lo, hi = op[1], op[2]
            bl, bh = lo // bs, hi // bs
            if bl == bh:
                acc = scan(lo, hi)
            else:
                acc = scan(lo, (bl + 1) * bs - 1)
                for b in range(bl + 1, bh):
                    acc = merge(acc, info[b])
                acc = merge(acc, scan(bh * bs, hi))
            out.append(acc[3])
    return out
