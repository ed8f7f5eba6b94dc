import re

_KEY = re.compile(r"[a-z]+|[<+\-]")


def replay_keystrokes(keys):
    before = []
    after = []
    for key in _KEY.findall(keys):
        if key == "<":
            if before:
                before.pop()
        elif key == "-":
            if before:
                after.append(before.pop())
        elif key == "+":
            if after:
                before.append(after.pop())
        else:
            before.extend(key)
    after.reverse()
    return "".join(before) + "".join(after)
