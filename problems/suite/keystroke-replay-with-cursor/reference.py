def replay_keystrokes(keys):
    before = []
    after = []
    for k in keys:
        if k == "<":
            if before:
                before.pop()
        elif k == "-":
            if before:
                after.append(before.pop())
        elif k == "+":
            if after:
                before.append(after.pop())
        else:
            before.append(k)
    return "".join(before) + "".join(reversed(after))
