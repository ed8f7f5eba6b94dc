from typing import List

MOD = 998244353


def recurrence_far_term(coeffs: List[int], seed: List[int], n: int) -> int:
    # Kitamasa: s_n = sum r_i s_i where r(x) = x^n mod (x^k - c_1 x^(k-1) - ... - c_k).
    # Polynomials are packed into big integers (Kronecker substitution), so squaring
    # is one big multiplication and the reduction uses a table of x^(k+i) mod P(x).
    p = MOD
    k = len(coeffs)
    if n < k:
        return seed[n] % p
    c = [x % p for x in coeffs]
    a0 = [x % p for x in seed]
    if k == 1:
        return a0[0] * pow(c[0], n, p) % p
    W = 10  # bytes per slot: every intermediate slot value stays below 2**80
    SH = 8 * W
    frm = int.from_bytes

    def pack(vals):
        return frm(b"".join([v.to_bytes(W, "little") for v in vals]), "little")

    def unpack(x, cnt):
        bs = x.to_bytes(cnt * W, "little")
        return [frm(bs[i:i + W], "little") for i in range(0, cnt * W, W)]

    # T[i] = x^(k+i) mod P(x) for i = 0..k-2, as packed integers
    cur = [c[k - 1 - i] for i in range(k)]  # x^k = sum_j c_j x^(k-j)
    base = cur
    tabs = []
    for _ in range(k - 1):
        tabs.append(pack(cur))
        top = cur[-1]
        cur = [0] + cur[:-1]
        if top:
            cur = [(u + top * b) % p for u, b in zip(cur, base)]
    tk = tabs[0]
    low_mask = (1 << (SH * k)) - 1

    def reduce_square(packed):
        s = packed * packed
        high = unpack(s >> (SH * k), k - 1)
        r = s & low_mask
        for h, t in zip(high, tabs):
            if h:
                r += (h % p) * t
        return r

    # binary powering of x modulo P, starting from x^1 (or the top bit)
    bits = bin(n)[3:]
    # start with x (valid as a residue since k >= 2)
    vals = [0] * k
    vals[1] = 1
    for bit in bits:
        r = reduce_square(pack(vals))
        if bit == "1":
            r <<= SH
            top = r >> (SH * k)
            r = (r & low_mask) + (top % p) * tk
        vals = [v % p for v in unpack(r, k)]
    return sum(v * a for v, a in zip(vals, a0)) % p
