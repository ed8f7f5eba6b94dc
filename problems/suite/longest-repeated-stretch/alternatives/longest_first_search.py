def longest_repeat(s):
    n = len(s)
    for length in range(n - 1, 0, -1):
        for i in range(n - length + 1):
            if s.find(s[i:i + length], i + 1) != -1:
                return length
    return 0
