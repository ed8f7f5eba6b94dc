def deepest_bracket_nesting(text):
    match = {")": "(", "]": "[", "}": "{"}
    stack = []  # the most recent open bracket is kept at the front
    best = 0
    for ch in text:
        if ch in "([{":
            stack.insert(0, ch)
            if len(stack) > best:
                best = len(stack)
        elif ch in match:
            if not stack or stack.pop(0) != match[ch]:
                return -1
    return best if not stack else -1
