def weakest_link_total(strengths):
    n = len(strengths)
    total = 0
    for i in range(n):
        m = strengths[i]
        for j in range(i, n):
            if strengths[j] < m:
                m = strengths[j]
            total += m
    return total
