def expand_runs(code):
    out = []
    letter = None
    digits = ""
    for ch in code + "a":
        if ch.isalpha():
            if letter is not None:
                times = int(digits) if digits else 1
                for _ in range(times):
                    out.append(letter)
            letter = ch
            digits = ""
        else:
            digits += ch
    return "".join(out)
