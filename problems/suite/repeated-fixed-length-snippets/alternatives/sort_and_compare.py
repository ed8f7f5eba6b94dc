def count_repeated_snippets(s, k):
    pieces = sorted(s[i:i + k] for i in range(len(s) - k + 1))
    count = 0
    for i in range(1, len(pieces)):
        # count each run of equal snippets once, at its second member
        if pieces[i] == pieces[i - 1] and (i == 1 or pieces[i - 2] != pieces[i]):
            count += 1
    return count
