def line_sums(text):
    sums = []
    rest = text
    while rest:
        # take the first line and keep a copy of everything after it
        line, rest = rest.split("\n", 1)
        total = 0
        if line:
            for part in line.split(","):
                total += int(part)
        sums.append(total)
    return sums
