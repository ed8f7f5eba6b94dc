def front_heavy_split_points(loads):
    n = len(loads)
    result = []
    for k in range(1, n):
        front = sum(loads[:k])
        back = sum(loads[k:])
        if front * (n - k) >= back * k:
            result.append(k)
    return result
