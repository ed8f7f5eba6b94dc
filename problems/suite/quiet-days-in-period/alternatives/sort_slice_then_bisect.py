from bisect import bisect_right


def quiet_days_in_period(noise, periods):
    result = []
    for lo, hi, limit in periods:
        window = sorted(noise[lo:hi + 1])
        result.append(bisect_right(window, limit))
    return result
