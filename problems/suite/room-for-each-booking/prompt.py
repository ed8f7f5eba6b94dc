from typing import List


def room_for_each_booking(bookings: List[List[int]]) -> List[int]:
    """A hotel numbers its rooms 1, 2, 3, ... and takes bookings [arrive, leave]
    (0 <= arrive < leave <= 10**9, at most 200 000 bookings), each occupying one
    room during the half-open time interval [arrive, leave): a guest leaving at
    time t frees the room for a guest arriving at time t.

    Guests are served in order of arrival, guests arriving at the same time in
    the order of their bookings in the list. Each guest gets the lowest-numbered
    room that is free when they arrive. Return, for every booking in the order
    given, the number of the room it gets.

    >>> room_for_each_booking([[1, 4], [2, 5], [4, 6]])
    [1, 2, 1]
    >>> room_for_each_booking([[0, 10], [0, 5], [0, 20], [12, 30], [6, 30]])
    [1, 2, 3, 1, 2]
    >>> room_for_each_booking([])
    []
    """
