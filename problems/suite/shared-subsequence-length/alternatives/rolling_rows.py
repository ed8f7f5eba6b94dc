def shared_subsequence_length(first: str, second: str) -> int:
    # Classic O(n*m) table kept as two rows.
    m = len(second)
    prev = [0] * (m + 1)
    for ch in first:
        cur = [0] * (m + 1)
        for j in range(1, m + 1):
            if second[j - 1] == ch:
                cur[j] = prev[j - 1] + 1
            elif prev[j] >= cur[j - 1]:
                cur[j] = prev[j]
            else:
                cur[j] = cur[j - 1]
        prev = cur
    return prev[m]
