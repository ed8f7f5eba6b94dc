import sys


def concatenation_remainder(numbers, m):
    sys.set_int_max_str_digits(0)
    digits = ""
    for x in numbers:
        digits += str(x)
    if not digits:
        return 0
    return int(digits) % m
