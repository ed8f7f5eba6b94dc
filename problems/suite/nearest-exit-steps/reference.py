from typing import List


def nearest_exit_steps(grid: List[str]) -> List[List[int]]:
    rows = len(grid)
    cols = len(grid[0])
    w = cols + 2
    # padded, flattened board: -2 = blocked (shelf or border), -1 = not reached yet
    dist = [-2] * ((rows + 2) * w)
    frontier = []
    for r, line in enumerate(grid):
        base = (r + 1) * w + 1
        for c, ch in enumerate(line):
            if ch == '.':
                dist[base + c] = -1
            elif ch == 'E':
                dist[base + c] = 0
                frontier.append(base + c)
    d = 0
    while frontier:
        d += 1
        nxt = []
        push = nxt.append
        for p in frontier:
            for q in (p - 1, p + 1, p - w, p + w):
                if dist[q] == -1:
                    dist[q] = d
                    push(q)
        frontier = nxt
    out = []
    for r in range(1, rows + 1):
        row = dist[r * w + 1:r * w + 1 + cols]
        out.append([x if x >= 0 else -1 for x in row])
    return out
