from functools import lru_cache


def coprime_pair_count(n: int) -> int:
    # Phi(x) = x(x+1)/2 - sum_{d>=2} Phi(x // d), memoized, grouping equal quotients.
    @lru_cache(maxsize=None)
    def total_phi(x: int) -> int:
        s = x * (x + 1) // 2
        d = 2
        while d <= x:
            q = x // d
            last = x // q
            s -= (last - d + 1) * total_phi(q)
            d = last + 1
        return s

    return total_phi(n) - 1
