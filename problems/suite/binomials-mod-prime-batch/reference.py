MOD = 1_000_000_007


def binomials_mod_prime_batch(queries):
    if not queries:
        return []
    top = max(n for n, _ in queries)
    fact = [1] * (top + 1)
    f = 1
    for i in range(1, top + 1):
        f = f * i % MOD
        fact[i] = f
    inv = [1] * (top + 1)
    g = pow(f, MOD - 2, MOD)
    for i in range(top, 0, -1):
        inv[i] = g
        g = g * i % MOD
    return [fact[n] * inv[k] % MOD * inv[n - k] % MOD if k <= n else 0
            for n, k in queries]
