from bisect import bisect_left, bisect_right, insort
# Sorted window: each step bisects, inserts and deletes in a plain list
# (O(reach) element shifts per step, done in C).


def close_range_inversions(readings, reach):
    window = []
    total = 0
    for j, x in enumerate(readings):
        if j > reach:
            del window[bisect_left(window, readings[j - reach - 1])]
        total += len(window) - bisect_right(window, x)
        insort(window, x)
    return total
