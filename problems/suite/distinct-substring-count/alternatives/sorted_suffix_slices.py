def count_distinct_substrings(s):
    n = len(s)
    suffixes = sorted(s[i:] for i in range(n))
    total = n * (n + 1) // 2
    # subtract the common prefix of every neighbouring pair of sorted suffixes
    for a, b in zip(suffixes, suffixes[1:]):
        k = 0
        limit = min(len(a), len(b))
        while k < limit and a[k] == b[k]:
            k += 1
        total -= k
    return total
