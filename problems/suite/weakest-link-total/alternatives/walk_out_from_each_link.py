def weakest_link_total(strengths):
    n = len(strengths)
    total = 0
    for i in range(n):
        x = strengths[i]
        left = i
        while left > 0 and strengths[left - 1] > x:
            left -= 1
        right = i
        while right < n - 1 and strengths[right + 1] >= x:
            right += 1
        total += x * (i - left + 1) * (right - i + 1)
    return total
