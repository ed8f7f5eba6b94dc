from itertools import accumulate
from operator import sub

MOD = (1 << 61) - 1
BASE = 1_000_003


def longest_shared_stretch(a, b):
    def prefix(t):
        return list(accumulate(map(ord, t), lambda acc, c: (acc * BASE + c) % MOD, initial=0))

    ha, hb = prefix(a), prefix(b)
    rmod = MOD.__rmod__

    def windows(h, n, length, p):
        return map(rmod, map(sub, h[length:], map(p.__mul__, h[:n - length + 1])))

    def shared(length):
        p = pow(BASE, length, MOD)
        seen = set(windows(ha, len(a), length, p))
        return not seen.isdisjoint(windows(hb, len(b), length, p))

    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if shared(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo
