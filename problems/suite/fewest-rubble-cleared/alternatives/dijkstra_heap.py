import heapq
from typing import List


def fewest_rubble_cleared(grid: List[str]) -> int:
    # General Dijkstra with a binary heap: O(n log n) where 0-1 weights allow O(n).
    rows, cols = len(grid), len(grid[0])
    INF = float('inf')
    dist = [[INF] * cols for _ in range(rows)]
    dist[0][0] = 1 if grid[0][0] == '#' else 0
    heap = [(dist[0][0], 0, 0)]
    while heap:
        d, r, c = heapq.heappop(heap)
        if d > dist[r][c]:
            continue
        if r == rows - 1 and c == cols - 1:
            return d
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols:
                nd = d + (grid[nr][nc] == '#')
                if nd < dist[nr][nc]:
                    dist[nr][nc] = nd
                    heapq.heappush(heap, (nd, nr, nc))
    return dist[rows - 1][cols - 1]
