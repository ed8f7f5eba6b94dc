from itertools import accumulate


def paint_layer_thickness(n, strokes):
    # Difference array: +t where a stroke starts, -t just past where it ends;
    # the running sum is the thickness of each board.
    diff = [0] * (n + 1)
    for lo, hi, t in strokes:
        diff[lo] += t
        diff[hi + 1] -= t
    out = list(accumulate(diff))
    out.pop()
    return out
