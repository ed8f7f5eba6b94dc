def replay_keystrokes(keys):
    chars = []
    cursor = 0
    for k in keys:
        if k == "<":
            if cursor:
                del chars[cursor - 1]
                cursor -= 1
        elif k == "-":
            if cursor:
                cursor -= 1
        elif k == "+":
            if cursor < len(chars):
                cursor += 1
        else:
            chars.insert(cursor, k)
            cursor += 1
    return "".join(chars)
