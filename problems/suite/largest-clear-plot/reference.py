def largest_clear_plot(field):
    # Row by row, heights[c] = free cells ending at this row in column c;
    # the best rectangle whose bottom is this row is the largest rectangle
    # under that histogram, found with an increasing stack of columns.
    if not field:
        return 0
    cols = len(field[0])
    heights = [0] * cols
    best = 0
    for row in field:
        heights = [h + 1 if ch == '.' else 0 for h, ch in zip(heights, row)]
        stack = [-1]
        hs = [-1]
        for c, h in enumerate(heights):
            start = c
            while hs[-1] >= h:
                top = hs.pop()
                stack.pop()
                area = top * (c - stack[-1] - 1)
                if area > best:
                    best = area
            stack.append(c)
            hs.append(h)
        while len(hs) > 1:
            top = hs.pop()
            stack.pop()
            area = top * (cols - stack[-1] - 1)
            if area > best:
                best = area
    return best
