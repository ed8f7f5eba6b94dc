def wait_for_higher(values):
    n = len(values)
    out = [0] * n
    for i in range(n):
        x = values[i]
        for j in range(i + 1, n):
            if values[j] > x:
                out[i] = j - i
                break
    return out
