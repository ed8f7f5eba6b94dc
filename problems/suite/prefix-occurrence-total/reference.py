def prefix_occurrence_total(s):
    n = len(s)
    if n == 0:
        return 0
    # Z-algorithm: z[i] = length of the longest common prefix of s and s[i:]
    z = [0] * n
    total = n
    left = right = 0  # s[left:right] matches s[0:right - left]
    for i in range(1, n):
        if i < right:
            k = z[i - left]
            room = right - i
            if k < room:
                z[i] = k
                total += k
                continue
            k = room
        else:
            k = 0
        j = i + k
        while j < n and s[k] == s[j]:
            k += 1
            j += 1
        z[i] = k
        total += k
        left = i
        right = j
    return total
