def expand_runs(code):
    result = ""
    i = 0
    n = len(code)
    while i < n:
        ch = code[i]
        i += 1
        count = 0
        while i < n and code[i].isdigit():
            count = count * 10 + int(code[i])
            i += 1
        if count == 0:
            count = 1
        result += ch * count
    return result
