def decode_records(stream):
    out = []
    push = out.append
    find = stream.find
    pos = 0
    end = len(stream)
    while pos < end:
        colon = find(":", pos)
        stop = colon + 1 + int(stream[pos:colon])
        push(stream[colon + 1:stop])
        pos = stop
    return out
