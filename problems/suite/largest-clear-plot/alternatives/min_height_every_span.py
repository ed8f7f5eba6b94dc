def largest_clear_plot(field):
    if not field:
        return 0
    cols = len(field[0])
    heights = [0] * cols
    best = 0
    for row in field:
        for c in range(cols):
            heights[c] = heights[c] + 1 if row[c] == '.' else 0
        for i in range(cols):
            m = heights[i]
            j = i
            while j < cols and m > 0:
                if heights[j] < m:
                    m = heights[j]
                if m * (j - i + 1) > best:
                    best = m * (j - i + 1)
                j += 1
    return best
