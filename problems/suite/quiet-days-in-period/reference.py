def quiet_days_in_period(noise, periods):
    # Offline: take the periods in increasing order of limit and switch days
    # on in increasing order of noise, so that when a period is answered
    # exactly the days with noise <= limit are on. A Fenwick tree over day
    # positions counts the switched-on days inside [lo, hi].
    n = len(noise)
    days = sorted(range(n), key=noise.__getitem__)
    limits = [p[2] for p in periods]
    order = sorted(range(len(periods)), key=limits.__getitem__)
    tree = [0] * (n + 1)
    answer = [0] * len(periods)
    d = 0
    for k in order:
        lo, hi, limit = periods[k]
        while d < n and noise[days[d]] <= limit:
            i = days[d] + 1
            while i <= n:
                tree[i] += 1
                i += i & -i
            d += 1
        # on-days at positions lo..hi = prefix(hi + 1) - prefix(lo)
        s = 0
        b = hi + 1
        while b > lo:
            s += tree[b]
            b &= b - 1
        while lo > b:
            s -= tree[lo]
            lo &= lo - 1
        answer[k] = s
    return answer
