from typing import List


def relay_latency(n: int, links: List[List[int]], source: int) -> List[int]:
    """A network has `n` relays numbered 0..n-1 (1 <= n <= 100 000). Each entry
    [a, b, t] of `links` (at most 300 000 of them) is a one-way channel that delivers
    a signal from relay `a` to relay `b` after `t` microseconds (0 <= t <= 10**6).
    Channels may repeat and may loop back to the same relay.

    A signal is emitted at relay `source` at time 0. Return a list whose i-th entry is
    the earliest time the signal can reach relay i (0 for the source itself), or -1 if
    relay i can never receive it.

    >>> relay_latency(4, [[0, 1, 5], [1, 2, 1], [0, 2, 9]], 0)
    [0, 5, 6, -1]
    >>> relay_latency(3, [[1, 0, 2], [2, 1, 0]], 2)
    [2, 0, 0]
    """
