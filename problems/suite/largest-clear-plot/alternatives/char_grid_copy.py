def largest_clear_plot(field):
    if not field:
        return 0
    grid = [list(row) for row in field]  # a mutable grid of cells
    rows, cols = len(grid), len(grid[0])
    heights = [0] * cols
    best = 0
    for r in range(rows):
        row = grid[r]
        for c in range(cols):
            heights[c] = heights[c] + 1 if row[c] == '.' else 0
        # largest rectangle under the histogram, with a stack of increasing heights
        stack = []
        for c in range(cols + 1):
            h = heights[c] if c < cols else 0
            while stack and heights[stack[-1]] >= h:
                top = heights[stack.pop()]
                width = c - stack[-1] - 1 if stack else c
                if top * width > best:
                    best = top * width
            stack.append(c)
    return best
