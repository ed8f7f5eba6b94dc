def wait_for_higher(values):
    # walk from the right with a monotonic stack, prepending each answer
    result = []
    stack = []
    for i in range(len(values) - 1, -1, -1):
        while stack and values[stack[-1]] <= values[i]:
            stack.pop()
        result.insert(0, stack[-1] - i if stack else 0)
        stack.append(i)
    return result
