def count_distinct_substrings(s):
    n = len(s)
    if n == 0:
        return 0
    # suffix array by prefix doubling, then Kasai's LCP array
    rank = [ord(c) for c in s]
    width = max(n, 128) + 1
    sa = list(range(n))
    k = 1
    while True:
        key = [rank[i] * width + (rank[i + k] + 1 if i + k < n else 0) for i in range(n)]
        sa.sort(key=key.__getitem__)
        new = [0] * n
        r = 0
        for j in range(1, n):
            if key[sa[j]] != key[sa[j - 1]]:
                r += 1
            new[sa[j]] = r
        rank = new
        if r == n - 1:
            break
        k *= 2
    lcp_total = 0
    h = 0
    for i in range(n):
        if rank[i] > 0:
            j = sa[rank[i] - 1]
            while i + h < n and j + h < n and s[i + h] == s[j + h]:
                h += 1
            lcp_total += h
            if h:
                h -= 1
        else:
            h = 0
    return n * (n + 1) // 2 - lcp_total
