import copy


def largest_banner(heights):
    bars = copy.deepcopy(heights)  # keep the caller's list untouched
    bars.append(0)  # sentinel flushes the stack at the end
    stack = []  # indices of bars with increasing heights
    best = 0
    for i, h in enumerate(bars):
        while stack and bars[stack[-1]] >= h:
            top = stack.pop()
            left = stack[-1] + 1 if stack else 0
            best = max(best, bars[top] * (i - left))
        stack.append(i)
    return best
