from math import gcd


def common_gauge_of_stretch(lengths, queries):
    # Sparse table: table[k][i] = gcd of lengths[i : i + 2**k]. gcd is
    # idempotent, so any stretch is covered by two overlapping power-of-two
    # blocks and every query costs one gcd.
    n = len(lengths)
    table = [lengths]
    row = lengths
    half = 1
    while 2 * half <= n:
        row = list(map(gcd, row[:len(row) - half], row[half:]))
        table.append(row)
        half *= 2
    out = []
    push = out.append
    for lo, hi in queries:
        k = (hi - lo + 1).bit_length() - 1
        r = table[k]
        push(gcd(r[lo], r[hi - (1 << k) + 1]))
    return out
