def concatenation_remainder(numbers, m):
    # Horner's rule in base 10, shifting by each number's digit count, reduced mod m.
    shift = [pow(10, d, m) for d in range(14)]
    r = 0
    for x in numbers:
        r = (r * shift[len(str(x))] + x) % m
    return r % m
