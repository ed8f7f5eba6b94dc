def k_nearest_indices(xs, ys, k):
    n = len(xs)
    taken = [False] * n
    result = []
    for _ in range(k):
        best = -1
        best_d = 0
        for i in range(n):
            if taken[i]:
                continue
            d = xs[i] * xs[i] + ys[i] * ys[i]
            if best < 0 or d < best_d:
                best = i
                best_d = d
        taken[best] = True
        result.append(best)
    return result
