from typing import List


def fence_around_posts(posts: List[List[int]]) -> List[List[int]]:
    # Jarvis march: from the current corner, pick the point that keeps every other
    # point on the left (farthest one on ties). O(n * corners).
    pts = sorted(set((p[0], p[1]) for p in posts))
    if len(pts) <= 2:
        return [list(p) for p in pts]
    start = pts[0]
    hull = []
    cur = start
    while True:
        hull.append(list(cur))
        cand = None
        for r in pts:
            if r == cur:
                continue
            if cand is None:
                cand = r
                continue
            cross = (cand[0] - cur[0]) * (r[1] - cur[1]) - (cand[1] - cur[1]) * (r[0] - cur[0])
            if cross < 0:
                cand = r
            elif cross == 0:
                d_r = (r[0] - cur[0]) ** 2 + (r[1] - cur[1]) ** 2
                d_c = (cand[0] - cur[0]) ** 2 + (cand[1] - cur[1]) ** 2
                if d_r > d_c:
                    cand = r
        cur = cand
        if cur == start:
            break
    return hull
