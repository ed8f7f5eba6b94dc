from operator import mul


def product_bit_profile(values):
    # Multiply in a balanced tree so that the big multiplications pair operands of
    # similar size (Karatsuba pays off); a left-to-right fold is quadratic.
    layer = list(values) or [1]
    while len(layer) > 1:
        odd = layer[-1] if len(layer) & 1 else None
        layer = list(map(mul, layer[::2], layer[1::2]))
        if odd is not None:
            layer.append(odd)
    p = layer[0]
    return (p.bit_length(), p.bit_count())
