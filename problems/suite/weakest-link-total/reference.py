def weakest_link_total(strengths):
    # Each piece is charged to its rightmost weakest link j. Link j is popped
    # from an increasing stack by the first i to its right with strength <=
    # its own; the link under it on the stack is the nearest one to its left
    # that is strictly weaker, so j is the charged minimum of
    # (j - left) * (i - j) pieces.
    n = len(strengths)
    stack = [-1]
    vals = [-2]  # strengths of the stacked links; -2 guards the bottom
    total = 0
    pop = stack.pop
    vpop = vals.pop
    push = stack.append
    vpush = vals.append
    i = 0
    for x in strengths + [-1]:  # -1 flushes the stack at the end
        while vals[-1] >= x:
            v = vpop()
            j = pop()
            total += v * (j - stack[-1]) * (i - j)
        push(i)
        vpush(x)
        i += 1
    return total
