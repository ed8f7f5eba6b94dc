MOD = 1_000_000_007


def bounded_shelf_fillings(shelves: int, capacity: int, books: int) -> int:
    def comb(n, r):
        if r < 0 or r > n:
            return 0
        # n! / (r! (n - r)!) modulo MOD
        fact_n = fact_r = fact_nr = 1
        for i in range(1, n + 1):
            fact_n = fact_n * i % MOD
            if i == r:
                fact_r = fact_n
            if i == n - r:
                fact_nr = fact_n
        return fact_n * pow(fact_r * fact_nr % MOD, MOD - 2, MOD) % MOD

    if books > shelves * capacity:
        return 0
    total = 0
    # inclusion-exclusion over the shelves that hold more than `capacity` books
    for i in range(shelves + 1):
        rest = books - i * (capacity + 1)
        if rest < 0:
            break
        term = comb(shelves, i) * comb(rest + shelves - 1, shelves - 1) % MOD
        total = (total - term) % MOD if i % 2 else (total + term) % MOD
    return total
