def deepest_bracket_nesting(text):
    opener = {")": "(", "]": "[", "}": "{"}
    stack = []
    push = stack.append
    pop = stack.pop
    best = depth = 0
    for ch in text:
        if ch in "([{":
            push(ch)
            depth += 1
            if depth > best:
                best = depth
        elif ch in opener:
            if not stack or pop() != opener[ch]:
                return -1
            depth -= 1
    return -1 if stack else best
