def replay_keystrokes(keys):
    text = ""
    cursor = 0
    for k in keys:
        if k == "<":
            if cursor > 0:
                text = text[:cursor - 1] + text[cursor:]
                cursor -= 1
        elif k == "-":
            if cursor > 0:
                cursor -= 1
        elif k == "+":
            if cursor < len(text):
                cursor += 1
        else:
            text = text[:cursor] + k + text[cursor:]
            cursor += 1
    return text
