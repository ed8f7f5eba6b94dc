from itertools import accumulate
from operator import sub

MOD = (1 << 61) - 1
BASE = 1_000_003


def longest_repeat(s):
    n = len(s)
    # prefix hashes: h[i] is the polynomial hash of s[:i]
    h = list(accumulate(map(ord, s), lambda acc, c: (acc * BASE + c) % MOD, initial=0))
    rmod = MOD.__rmod__

    def repeats(length):
        # window hashes (h[i + length] - h[i] * BASE**length) mod MOD, all in C
        p = pow(BASE, length, MOD)
        count = n - length + 1
        return len(set(map(rmod, map(sub, h[length:], map(p.__mul__, h[:count]))))) < count

    lo, hi = 0, n - 1  # the answer lies in [lo, hi]
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if repeats(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo
