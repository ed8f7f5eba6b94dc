def divisor_tally_per_value(values):
    if not values:
        return []
    top = max(values)
    limit = int(top ** 0.5) + 1
    is_prime = [True] * (limit + 1)
    primes = []
    for i in range(2, limit + 1):
        if is_prime[i]:
            primes.append(i)
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
    result = []
    for v in values:
        count = 1
        for p in primes:
            if p * p > v:
                break
            e = 0
            while v % p == 0:
                v //= p
                e += 1
            count *= e + 1
        if v > 1:
            count *= 2
        result.append(count)
    return result
