def largest_clear_plot(field):
    if not field:
        return 0
    cols = len(field[0])
    heights = [0] * cols
    best = 0
    for row in field:
        for c in range(cols):
            heights[c] = heights[c] + 1 if row[c] == '.' else 0
        for c in range(cols):
            h = heights[c]
            if h == 0:
                continue
            left = c
            while left > 0 and heights[left - 1] >= h:
                left -= 1
            right = c
            while right < cols - 1 and heights[right + 1] >= h:
                right += 1
            best = max(best, h * (right - left + 1))
    return best
