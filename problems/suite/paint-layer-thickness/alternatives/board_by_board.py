def paint_layer_thickness(n, strokes):
    thickness = [0] * n
    for lo, hi, t in strokes:
        for i in range(lo, hi + 1):
            thickness[i] += t
    return thickness
