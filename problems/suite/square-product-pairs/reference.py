from collections import Counter
from math import isqrt

# primes below 100 = cube root of the largest value
SMALL_PRIMES = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47,
                53, 59, 61, 67, 71, 73, 79, 83, 89, 97)
WITH_CUBES = tuple((p, p * p * p) for p in SMALL_PRIMES)


def square_product_pairs(values):
    # a * b is a square exactly when a and b have the same square-free part.
    # After removing primes below cube-root(v), what is left of v is 1, a prime,
    # a product of two distinct primes, or the square of a prime.
    cores = {}
    for v in set(values):
        x = v
        core = 1
        for p, cube in WITH_CUBES:
            if cube > x:
                break
            if not x % p:
                x //= p
                odd = True
                while x % p == 0:
                    x //= p
                    odd = not odd
                if odd:
                    core *= p
        r = isqrt(x)
        if r * r != x:
            core *= x
        cores[v] = core
    counts = Counter([cores[v] for v in values])
    return sum(c * (c - 1) for c in counts.values()) // 2
