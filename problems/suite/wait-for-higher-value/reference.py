def wait_for_higher(values):
    n = len(values)
    out = [0] * n
    # indices whose answer is still unknown; their values are non-increasing
    waiting = []
    push = waiting.append
    pop = waiting.pop
    top = None  # value at waiting[-1]
    i = 0
    for x in values:
        if waiting and top < x:
            j = pop()
            out[j] = i - j
            while waiting:
                j = waiting[-1]
                if values[j] >= x:
                    break
                pop()
                out[j] = i - j
        push(i)
        top = x
        i += 1
    return out
