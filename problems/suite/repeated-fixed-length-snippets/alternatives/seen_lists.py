def count_repeated_snippets(s, k):
    seen = []
    repeated = []
    for i in range(len(s) - k + 1):
        sub = s[i:i + k]
        if sub in seen:
            if sub not in repeated:
                repeated.append(sub)
        else:
            seen.append(sub)
    return len(repeated)
