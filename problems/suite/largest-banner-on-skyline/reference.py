def largest_banner(heights):
    # stack of (start, height) pairs kept in two parallel lists; heights increase upwards
    starts = []
    tops = []
    push_s = starts.append
    push_t = tops.append
    pop_s = starts.pop
    pop_t = tops.pop
    best = 0
    top = -1
    i = 0
    for h in heights:
        if h < top:
            start = pop_s()
            area = (i - start) * pop_t()
            if area > best:
                best = area
            while tops and tops[-1] > h:
                start = pop_s()
                area = (i - start) * pop_t()
                if area > best:
                    best = area
            push_s(start)
            push_t(h)
            top = h
        elif h > top:
            push_s(i)
            push_t(h)
            top = h
        i += 1
    for start, h in zip(starts, tops):
        area = (i - start) * h
        if area > best:
            best = area
    return best
