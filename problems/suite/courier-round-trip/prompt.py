from typing import List


def courier_round_trip(cost: List[List[int]]) -> int:
    """A courier starts at the depot (location 0) and must visit every other location
    1..n-1 exactly once, in any order, and then return to the depot.
    `cost[a][b]` is the non-negative integer price of driving directly from location
    `a` to location `b` (it may differ from `cost[b][a]`; the diagonal is 0 and unused).
    1 <= n <= 16 and every price is at most 10**6.

    Return the minimum total price of such a round trip. With n == 1 the answer is 0;
    with n == 2 it is cost[0][1] + cost[1][0].

    >>> courier_round_trip([[0, 1, 10], [10, 0, 1], [1, 10, 0]])
    3
    >>> courier_round_trip([[0, 5], [7, 0]])
    12
    >>> courier_round_trip([[0]])
    0
    """
