import math

MOD = 1_000_000_007


def binomials_mod_prime_batch(queries):
    return [math.comb(n, k) % MOD for n, k in queries]
