from operator import add
from typing import List


def best_streak_with_edits(profits: List[int], operations: List[List[int]]) -> List[int]:
    # Segment tree over days; every node keeps (total, best prefix, best suffix, best run).
    n = len(profits)
    size = 1
    while size < n:
        size <<= 1
    NEG = -(1 << 60)
    pad = [NEG] * (size - n)
    S = [0] * size + list(profits) + [0] * (size - n)
    P = [NEG] * size + list(profits) + pad
    F = P[:]
    B = P[:]
    # build level by level with whole-slice operations
    lo = size
    while lo > 1:
        hi = lo << 1
        half = lo >> 1
        sl, sr = S[lo:hi:2], S[lo + 1:hi:2]
        pl, pr = P[lo:hi:2], P[lo + 1:hi:2]
        fl, fr = F[lo:hi:2], F[lo + 1:hi:2]
        bl, br = B[lo:hi:2], B[lo + 1:hi:2]
        S[half:lo] = map(add, sl, sr)
        P[half:lo] = [a if a >= b else b for a, b in zip(pl, map(add, sl, pr))]
        F[half:lo] = [a if a >= b else b for a, b in zip(fr, map(add, sr, fl))]
        B[half:lo] = [a if a >= b and a >= c else (b if b >= c else c)
                      for a, b, c in zip(bl, br, map(add, fl, pr))]
        lo = half
    out = []
    push = out.append
    for op in operations:
        if op[0] == 0:
            v = op[2]
            i = op[1] + size
            S[i] = P[i] = F[i] = B[i] = v
            i >>= 1
            while i:
                l = i << 1
                r = l | 1
                sl = S[l]
                sr = S[r]
                S[i] = sl + sr
                a = P[l]
                b = sl + P[r]
                P[i] = a if a >= b else b
                fl = F[l]
                a = F[r]
                b = sr + fl
                F[i] = a if a >= b else b
                a = B[l]
                b = B[r]
                c = fl + P[r]
                if b > a:
                    a = b
                B[i] = a if a >= c else c
                i >>= 1
        else:
            l = op[1] + size
            r = op[2] + size + 1
            # left accumulator (sum, prefix, suffix, best) and right accumulator
            ls = 0
            lp = lf = lb = NEG
            rs = 0
            rp = rf = rb = NEG
            while l < r:
                if l & 1:
                    s2 = S[l]
                    p2 = P[l]
                    t = ls + p2
                    if t > lp:
                        lp = t
                    t = lf + p2
                    if B[l] > lb:
                        lb = B[l]
                    if t > lb:
                        lb = t
                    t = lf + s2
                    lf = F[l] if F[l] >= t else t
                    ls += s2
                    l += 1
                if r & 1:
                    r -= 1
                    s1 = S[r]
                    f1 = F[r]
                    t = f1 + rp
                    if B[r] > rb:
                        rb = B[r]
                    if t > rb:
                        rb = t
                    t = s1 + rp
                    rp = P[r] if P[r] >= t else t
                    t = rs + f1
                    if t > rf:
                        rf = t
                    rs += s1
                l >>= 1
                r >>= 1
            best = lb if lb >= rb else rb
            t = lf + rp
            push(best if best >= t else t)
    return out
