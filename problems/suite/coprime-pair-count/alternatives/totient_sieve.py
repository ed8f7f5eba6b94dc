def coprime_pair_count(n: int) -> int:
    # Euler's totient for every k <= n with a sieve, then sum phi(2..n).
    phi = list(range(n + 1))
    for p in range(2, n + 1):
        if phi[p] == p:  # p is prime
            for k in range(p, n + 1, p):
                phi[k] -= phi[k] // p
    return sum(phi[2:])
