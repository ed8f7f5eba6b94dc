def paint_layer_thickness(n, strokes):
    thickness = [0] * n
    for lo, hi, t in strokes:
        thickness[lo:hi + 1] = [x + t for x in thickness[lo:hi + 1]]
    return thickness
