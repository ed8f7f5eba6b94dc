from math import isqrt


def divisor_tally_per_value(values):
    if not values:
        return []
    top = max(values)
    # spf[x] = smallest prime factor of composite x, 0 for primes (and 0, 1).
    # Largest primes first, so smaller primes overwrite them afterwards.
    spf = [0] * (top + 1)
    for p in range(isqrt(top), 1, -1):
        spf[p * p::p] = [p] * ((top - p * p) // p + 1)
    cache = {}
    out = []
    append = out.append
    for v in values:
        c = cache.get(v)
        if c is None:
            c = 1
            x = v
            p = spf[x]
            while p:
                e = 1
                x //= p
                while x % p == 0:
                    x //= p
                    e += 1
                c *= e + 1
                p = spf[x]
            if x > 1:
                c *= 2
            cache[v] = c
        append(c)
    return out
