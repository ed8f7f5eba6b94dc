from typing import List


def fewest_rubble_cleared(grid: List[str]) -> int:
    rows, cols = len(grid), len(grid[0])
    INF = float('inf')
    dist = [[INF] * cols for _ in range(rows)]
    dist[0][0] = 1 if grid[0][0] == '#' else 0
    queue = [(0, 0)]
    while queue:
        r, c = queue.pop(0)
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols:
                w = 1 if grid[nr][nc] == '#' else 0
                if dist[r][c] + w < dist[nr][nc]:
                    dist[nr][nc] = dist[r][c] + w
                    if w == 0:
                        queue.insert(0, (nr, nc))
                    else:
                        queue.append((nr, nc))
    return dist[rows - 1][cols - 1]
