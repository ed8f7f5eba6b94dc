def longest_shared_stretch(a, b):
    best = 0
    for i in range(len(b)):
        # try to beat the best so far with a piece of b starting at i
        while i + best < len(b) and b[i:i + best + 1] in a:
            best += 1
    return best
