def quiet_days_in_period(noise, periods):
    return [sum(1 for x in noise[lo:hi + 1] if x <= limit) for lo, hi, limit in periods]
