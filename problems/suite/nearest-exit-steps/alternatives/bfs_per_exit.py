from collections import deque
from typing import List


def nearest_exit_steps(grid: List[str]) -> List[List[int]]:
    # One BFS from every exit, keeping the minimum per cell: O(exits * cells).
    rows, cols = len(grid), len(grid[0])
    best = [[-1] * cols for _ in range(rows)]
    exits = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'E']
    for sr, sc in exits:
        seen = [[False] * cols for _ in range(rows)]
        seen[sr][sc] = True
        q = deque([(sr, sc, 0)])
        while q:
            r, c, d = q.popleft()
            if best[r][c] == -1 or d < best[r][c]:
                best[r][c] = d
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc] and grid[nr][nc] != '#':
                    seen[nr][nc] = True
                    q.append((nr, nc, d + 1))
    return best
