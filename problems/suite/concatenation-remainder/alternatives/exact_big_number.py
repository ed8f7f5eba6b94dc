def concatenation_remainder(numbers, m):
    value = 0
    for x in numbers:
        value = value * 10 ** len(str(x)) + x
    return value % m
