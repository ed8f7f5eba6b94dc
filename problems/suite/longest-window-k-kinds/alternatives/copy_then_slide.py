def longest_window_k_kinds(values, k):
    if k <= 0:
        return 0
    nums = list(values)  # work on a copy of the input
    counts = {}
    left = 0
    best = 0
    for right in range(len(nums)):
        x = nums[right]
        counts[x] = counts.get(x, 0) + 1
        while len(counts) > k:
            y = nums[left]
            counts[y] -= 1
            if counts[y] == 0:
                del counts[y]
            left += 1
        if right - left + 1 > best:
            best = right - left + 1
    return best
