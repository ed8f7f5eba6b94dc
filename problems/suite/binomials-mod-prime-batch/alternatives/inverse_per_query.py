MOD = 1_000_000_007


def binomials_mod_prime_batch(queries):
    if not queries:
        return []
    top = max(n for n, _ in queries)
    fact = [1] * (top + 1)
    for i in range(1, top + 1):
        fact[i] = fact[i - 1] * i % MOD
    result = []
    for n, k in queries:
        if k > n:
            result.append(0)
        else:
            denominator = fact[k] * fact[n - k] % MOD
            result.append(fact[n] * pow(denominator, MOD - 2, MOD) % MOD)
    return result
