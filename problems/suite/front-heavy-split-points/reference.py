from itertools import accumulate


def front_heavy_split_points(loads):
    # front / k >= back / (n - k)  <=>  front * (n - k) >= back * k, with the
    # front totals from one running sum and each back total = grand total - front.
    n = len(loads)
    total = sum(loads)
    return [k for k, front in enumerate(accumulate(loads[:-1]), 1)
            if front * (n - k) >= (total - front) * k]
