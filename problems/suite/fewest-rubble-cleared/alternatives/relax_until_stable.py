from typing import List


def fewest_rubble_cleared(grid: List[str]) -> int:
    # Bellman-Ford style: sweep the whole grid relaxing every cell until nothing changes.
    rows, cols = len(grid), len(grid[0])
    INF = float('inf')
    w = [[1 if ch == '#' else 0 for ch in line] for line in grid]
    dist = [[INF] * cols for _ in range(rows)]
    dist[0][0] = w[0][0]
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            for c in range(cols):
                best = dist[r][c]
                if r > 0 and dist[r - 1][c] + w[r][c] < best:
                    best = dist[r - 1][c] + w[r][c]
                if r + 1 < rows and dist[r + 1][c] + w[r][c] < best:
                    best = dist[r + 1][c] + w[r][c]
                if c > 0 and dist[r][c - 1] + w[r][c] < best:
                    best = dist[r][c - 1] + w[r][c]
                if c + 1 < cols and dist[r][c + 1] + w[r][c] < best:
                    best = dist[r][c + 1] + w[r][c]
                if best < dist[r][c]:
                    dist[r][c] = best
                    changed = True
    return dist[rows - 1][cols - 1]
