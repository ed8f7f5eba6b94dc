from typing import List


def fewest_rubble_cleared(grid: List[str]) -> int:
    rows = len(grid)
    cols = len(grid[0])
    w = cols + 2
    size = (rows + 2) * w
    # padded, flattened board: 0 = clear, 1 = rubble, 2 = outside
    kind = [2] * size
    for r, line in enumerate(grid):
        base = (r + 1) * w + 1
        kind[base:base + cols] = [1 if ch == '#' else 0 for ch in line]
    start = w + 1
    target = rows * w + cols
    seen = [False] * size
    for i in range(size):
        if kind[i] == 2:
            seen[i] = True
    # two-bucket (0-1) search: flood every clear cell reachable at the current cost,
    # collecting rubble cells that cost one more
    cost = kind[start]
    seen[start] = True
    current = [start]
    while True:
        stack = current
        nxt = []
        pop = stack.pop
        push = stack.append
        later = nxt.append
        while stack:
            p = pop()
            if p == target:
                return cost
            for q in (p - 1, p + 1, p - w, p + w):
                if not seen[q]:
                    seen[q] = True
                    if kind[q]:
                        later(q)
                    else:
                        push(q)
        current = nxt
        cost += 1
