def wrap_words(text, width):
    words = text.split()
    lines = []
    add = lines.append
    join = " ".join
    start = 0
    used = -1  # length of the current line; -1 while it is empty
    for i, word in enumerate(words):
        used += len(word) + 1
        if used > width and i > start:
            add(join(words[start:i]))
            start = i
            used = len(word)
    if words:
        add(join(words[start:]))
    return lines
