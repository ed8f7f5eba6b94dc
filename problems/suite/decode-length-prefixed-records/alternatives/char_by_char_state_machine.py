def decode_records(stream):
    out = []
    i = 0
    n = len(stream)
    while i < n:
        size = 0
        while stream[i] != ":":
            size = size * 10 + (ord(stream[i]) - 48)
            i += 1
        i += 1
        payload = []
        for _ in range(size):
            payload.append(stream[i])
            i += 1
        out.append("".join(payload))
    return out
