from typing import List


class MinHeap:
    """A binary min-heap written out by hand."""

    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def top(self):
        return self.items[0]

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[parent] <= items[i]:
                break
            items[parent], items[i] = items[i], items[parent]
            i = parent

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        smallest, items[0] = items[0], last
        i, n = 0, len(items)
        while True:
            child = 2 * i + 1
            if child >= n:
                break
            if child + 1 < n and items[child + 1] < items[child]:
                child += 1
            if items[i] <= items[child]:
                break
            items[i], items[child] = items[child], items[i]
            i = child
        return smallest


def room_for_each_booking(bookings: List[List[int]]) -> List[int]:
    # The two-heap greedy with the heaps implemented in Python.
    order = sorted(range(len(bookings)), key=lambda i: bookings[i][0])
    rooms = [0] * len(bookings)
    busy = MinHeap()
    free = MinHeap()
    opened = 0
    for i in order:
        arrive, leave = bookings[i]
        while len(busy) and busy.top()[0] <= arrive:
            free.push(busy.pop()[1])
        if len(free):
            room = free.pop()
        else:
            opened += 1
            room = opened
        rooms[i] = room
        busy.push((leave, room))
    return rooms
