from typing import List


def teller_assignment(tellers: int, arrivals: List[int], durations: List[int]) -> List[int]:
    """A bank has `tellers` counters numbered 0..tellers-1 (1 <= tellers <= 10 000),
    all free at time 0. Customer i arrives at time arrivals[i] and needs durations[i]
    time units at a counter (n customers, n <= 20 000; arrivals are non-decreasing,
    0 <= arrivals[i] <= 10**9, 1 <= durations[i] <= 10**6).

    Customers are served strictly in order (customer i never starts before customer
    i - 1). Customer i starts at the earliest time t >= arrivals[i], t >= the start
    of customer i - 1, at which some counter is free; a counter that finishes at time
    t is free at t. Among the counters free at t it takes the one with the smallest
    number and occupies it until t + durations[i].

    Return the list of counter numbers taken by the customers, in customer order.

    >>> teller_assignment(2, [0, 0, 1, 5], [4, 2, 3, 1])
    [0, 1, 1, 0]
    >>> teller_assignment(3, [0, 1, 2, 3], [10, 10, 1, 1])
    [0, 1, 2, 2]
    >>> teller_assignment(1, [], [])
    []
    """
