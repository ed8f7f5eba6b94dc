from functools import lru_cache


def concatenation_remainder(numbers, m):
    @lru_cache(maxsize=None)
    def shift(x):
        # 10 ** (number of digits of x), mod m
        return pow(10, len(str(x)), m)

    r = 0
    for x in numbers:
        r = (r * shift(x) + x) % m
    return r % m
