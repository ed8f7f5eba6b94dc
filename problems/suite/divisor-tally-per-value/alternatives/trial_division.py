def divisor_tally_per_value(values):
    result = []
    for v in values:
        count = 0
        i = 1
        while i * i <= v:
            if v % i == 0:
                count += 1 if i * i == v else 2
            i += 1
        result.append(count)
    return result
