def prefix_occurrence_total(s):
    n = len(s)
    total = 0
    for i in range(n):
        limit = n - i
        # exponential search for a mismatching length, then binary search
        good = 0
        step = 1
        while good + step <= limit and s[i:i + good + step] == s[:good + step]:
            good += step
            step *= 2
        bad = min(good + step, limit + 1)
        while bad - good > 1:
            mid = (good + bad) // 2
            if s[i:i + mid] == s[:mid]:
                good = mid
            else:
                bad = mid
        total += good
    return total
