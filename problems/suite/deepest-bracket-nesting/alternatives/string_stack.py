def deepest_bracket_nesting(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = ""
    best = 0
    for ch in text:
        if ch in "([{":
            stack += ch
            best = max(best, len(stack))
        elif ch in pairs:
            if stack == "" or stack[-1] != pairs[ch]:
                return -1
            stack = stack[:-1]
    return best if stack == "" else -1
