from itertools import accumulate


def coprime_pair_count(n: int) -> int:
    # The answer is Phi(n) - 1 where Phi(x) = phi(1) + ... + phi(x).
    # Phi(x) = x(x+1)/2 - sum_{d=2..x} Phi(x // d): evaluate it for the O(sqrt n)
    # distinct values x = n // i, with Phi tabulated by a sieve below ~n^(2/3).
    if n < 2:
        return 0
    L = max(10, min(n, int(n ** (2 / 3))))
    phi = list(range(L + 1))
    for p in range(2, L + 1):
        if phi[p] == p:
            phi[p::p] = [x - x // p for x in phi[p::p]]
    small = list(accumulate(phi))  # small[x] = Phi(x); phi[0] = 0
    if n <= L:
        return small[n] - 1
    big = {}
    for i in range(n // (L + 1), 0, -1):  # ascending values v = n // i, all > L
        v = n // i
        s = v * (v + 1) >> 1
        d = 2
        while d <= v:
            q = v // d
            d2 = v // q
            s -= (d2 - d + 1) * (small[q] if q <= L else big[q])
            d = d2 + 1
        big[v] = s
    return big[n] - 1
