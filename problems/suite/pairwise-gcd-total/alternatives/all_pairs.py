from math import gcd
from typing import List


def pairwise_gcd_total(values: List[int]) -> int:
    total = 0
    n = len(values)
    for i in range(n):
        a = values[i]
        for j in range(i + 1, n):
            total += gcd(a, values[j])
    return total
