def deepest_bracket_nesting(text):
    opener = {")": "(", "]": "[", "}": "{"}
    stack = []
    depths = [0]  # the nesting depth after every character
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in opener:
            if not stack or stack.pop() != opener[ch]:
                return -1
        depths.append(len(stack))
    if stack:
        return -1
    return max(depths)
