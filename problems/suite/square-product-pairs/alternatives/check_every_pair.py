from math import isqrt


def square_product_pairs(values):
    n = len(values)
    total = 0
    for i in range(n):
        a = values[i]
        for j in range(i + 1, n):
            p = a * values[j]
            r = isqrt(p)
            if r * r == p:
                total += 1
    return total
