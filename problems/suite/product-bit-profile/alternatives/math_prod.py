import math


def product_bit_profile(values):
    p = math.prod(values)
    return (p.bit_length(), p.bit_count())
