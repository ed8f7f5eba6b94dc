from bisect import bisect_left


def count_words_with_prefix(words, prefixes):
    ordered = sorted(words)
    # "{" sorts right after "z": p + "{" bounds every word that starts with p
    return [bisect_left(ordered, p + "{") - bisect_left(ordered, p) for p in prefixes]
