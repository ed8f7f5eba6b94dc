def decode_records(stream):
    out = []
    rest = stream
    while rest:
        colon = rest.index(":")
        size = int(rest[:colon])
        out.append(rest[colon + 1:colon + 1 + size])
        # keep only what has not been read yet (copies the remainder every time)
        rest = rest[colon + 1 + size:]
    return out
