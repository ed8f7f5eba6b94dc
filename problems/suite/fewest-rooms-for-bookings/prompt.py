from typing import List


def fewest_rooms_for_bookings(bookings: List[List[int]]) -> int:
    """Each booking [arrive, leave] (0 <= arrive <= leave <= 10**9, at most 200 000
    bookings) occupies one room during the half-open time interval [arrive, leave):
    a guest leaving at time t frees the room for a guest arriving at time t, and a
    booking with arrive == leave needs no room at all.

    Return the smallest number of rooms that lets every booking get a room for its
    whole interval without ever sharing it.

    >>> fewest_rooms_for_bookings([[1, 4], [2, 5], [4, 6]])
    2
    >>> fewest_rooms_for_bookings([[0, 10], [10, 20]])
    1
    >>> fewest_rooms_for_bookings([])
    0
    """
