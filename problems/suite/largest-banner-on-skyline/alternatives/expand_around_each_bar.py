def largest_banner(heights):
    n = len(heights)
    best = 0
    for i in range(n):
        h = heights[i]
        left = i
        while left > 0 and heights[left - 1] >= h:
            left -= 1
        right = i
        while right + 1 < n and heights[right + 1] >= h:
            right += 1
        area = (right - left + 1) * h
        if area > best:
            best = area
    return best
