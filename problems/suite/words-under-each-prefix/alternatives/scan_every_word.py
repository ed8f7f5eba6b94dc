def count_words_with_prefix(words, prefixes):
    result = []
    for p in prefixes:
        count = 0
        for w in words:
            if w.startswith(p):
                count += 1
        result.append(count)
    return result
