def longest_intact_stretch(road, k):
    best = 0
    left = 0
    bad = 0
    for right in range(len(road)):
        if road[right] == "x":
            bad += 1
        while bad > k:
            if road[left] == "x":
                bad -= 1
            left += 1
        if right - left + 1 > best:
            best = right - left + 1
    return best
