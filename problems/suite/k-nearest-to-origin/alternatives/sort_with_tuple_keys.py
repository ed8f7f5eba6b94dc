def k_nearest_indices(xs, ys, k):
    n = len(xs)
    order = sorted(range(n), key=lambda i: (xs[i] * xs[i] + ys[i] * ys[i], i))
    return order[:k]
