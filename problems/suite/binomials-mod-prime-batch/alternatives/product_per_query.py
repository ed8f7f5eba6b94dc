MOD = 1_000_000_007


def binomials_mod_prime_batch(queries):
    result = []
    for n, k in queries:
        if k > n:
            result.append(0)
            continue
        k = min(k, n - k)
        num = 1
        den = 1
        for i in range(k):
            num = num * (n - i) % MOD
            den = den * (i + 1) % MOD
        result.append(num * pow(den, MOD - 2, MOD) % MOD)
    return result
