def front_heavy_split_points(loads):
    n = len(loads)
    result = []
    for k in range(1, n):
        front = 0
        for i in range(k):
            front += loads[i]
        back = 0
        for i in range(k, n):
            back += loads[i]
        if front * (n - k) >= back * k:
            result.append(k)
    return result
