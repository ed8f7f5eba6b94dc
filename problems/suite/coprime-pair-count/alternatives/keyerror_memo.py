def coprime_pair_count(n: int) -> int:
    memo = {}

    def total_phi(x):
        # phi(1) + ... + phi(x) = x(x+1)/2 - sum over d >= 2 of total_phi(x // d)
        try:
            return memo[x]
        except KeyError:
            pass
        s = x * (x + 1) // 2
        d = 2
        while d <= x:
            q = x // d
            last = x // q
            s -= (last - d + 1) * total_phi(q)
            d = last + 1
        memo[x] = s
        return s

    return total_phi(n) - 1
