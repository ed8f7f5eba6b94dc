def shortest_run_reaching(values, target):
    n = len(values)
    best = n + 1
    for i in range(n):
        total = 0
        for j in range(i, min(n, i + best - 1) if best <= n else n):
            total += values[j]
            if total >= target:
                best = j - i + 1
                break
    return best if best <= n else 0
