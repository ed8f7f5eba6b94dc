def wait_for_higher(values):
    n = len(values)
    out = [0] * n
    if n == 0:
        return out
    size = 1
    while size < n:
        size *= 2
    low = -(10**18)
    tree = [low] * (2 * size)
    tree[size:size + n] = values
    for p in range(size - 1, 0, -1):
        a, b = tree[2 * p], tree[2 * p + 1]
        tree[p] = a if a > b else b

    def first_greater(start, x):
        # leftmost index >= start whose value exceeds x, or -1
        p = start + size
        # climb until a node to the right of the path holds something > x
        if tree[p] > x:
            return start
        while True:
            if p & 1 == 0 and tree[p + 1] > x:
                p += 1
                break
            p //= 2
            if p <= 1:
                return -1
        while p < size:
            p *= 2
            if tree[p] <= x:
                p += 1
        return p - size

    for i in range(n - 1):
        j = first_greater(i + 1, values[i])
        if j >= 0:
            out[i] = j - i
    return out
