def line_sums(text):
    sums = []
    total = 0
    token = ""
    for ch in text:
        if ch == "," or ch == "\n":
            if token:
                total += int(token)
            token = ""
            if ch == "\n":
                sums.append(total)
                total = 0
        else:
            token += ch
    return sums
