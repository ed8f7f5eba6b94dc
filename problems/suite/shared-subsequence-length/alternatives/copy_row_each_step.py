def shared_subsequence_length(first: str, second: str) -> int:
    m = len(second)
    prev = [0] * (m + 1)
    cur = [0] * (m + 1)
    for ch in first:
        for j in range(1, m + 1):
            if ch == second[j - 1]:
                cur[j] = prev[j - 1] + 1
            else:
                cur[j] = max(prev[j], cur[j - 1])
        prev = cur[:]  # remember this row before it is overwritten
    return prev[m]
