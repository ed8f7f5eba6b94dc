def shortest_front_palindrome(s):
    n = len(s)
    if n < 2:
        return s
    mod = (1 << 61) - 1
    base = 911382323
    forward = 0  # hash of s[:k] read left to right
    backward = 0  # hash of s[:k] read right to left
    power = 1
    best = 1
    for k in range(1, n + 1):
        c = ord(s[k - 1])
        forward = (forward * base + c) % mod
        backward = (backward + c * power) % mod
        power = power * base % mod
        if forward == backward and s[:k] == s[:k][::-1]:
            best = k
    return s[best:][::-1] + s
