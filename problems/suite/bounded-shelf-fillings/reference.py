MOD = 1_000_000_007


def bounded_shelf_fillings(shelves: int, capacity: int, books: int) -> int:
    # Inclusion-exclusion on the set of shelves forced to overflow (>= capacity + 1):
    #   sum_i (-1)^i C(k, i) C(books - i (capacity + 1) + k - 1, k - 1)
    k = shelves
    p = MOD
    step = capacity + 1
    if books > k * capacity:
        return 0
    if books == 0:
        return 1
    terms = min(k, books // step)
    top = books + k - 1
    if (terms + 1) * k < top:
        # Few terms, few shelves: evaluate each binomial by its product formula.
        r = k - 1
        inv_rf = 1
        for j in range(2, r + 1):
            inv_rf = inv_rf * j % p
        inv_rf = pow(inv_rf, p - 2, p)
        total = 0
        ck = 1  # C(k, i), updated incrementally
        for i in range(terms + 1):
            if i:
                ck = ck * (k - i + 1) % p * pow(i, p - 2, p) % p
            n_ = top - i * step
            num = 1
            for j in range(n_ - r + 1, n_ + 1):
                num = num * j % p
            term = ck * num % p * inv_rf % p
            total += -term if i & 1 else term
        return total % p
    # Factorial and inverse-factorial tables up to books + k - 1.
    fact = [1] * (top + 1)
    f = 1
    for i in range(1, top + 1):
        f = f * i % p
        fact[i] = f
    inv = [1] * (top + 1)
    g = pow(f, p - 2, p)
    inv[top] = g
    for i in range(top, 0, -1):
        g = g * i % p
        inv[i - 1] = g
    base = fact[k] * inv[k - 1] % p  # C(k, i) = fact[k] inv[i] inv[k-i]; fold inv[k-1]
    total = 0
    for i in range(terms + 1):
        n_ = top - i * step
        term = base * inv[i] % p * inv[k - i] % p * fact[n_] % p * inv[n_ - k + 1] % p
        total += -term if i & 1 else term
    return total % p
