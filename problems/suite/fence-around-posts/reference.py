from typing import List


def fence_around_posts(posts: List[List[int]]) -> List[List[int]]:
    # Andrew's monotone chain on the sorted distinct points.
    pts = sorted(set(map(tuple, posts)))
    if len(pts) <= 2:
        return [list(p) for p in pts]
    lower = []
    for p in pts:
        px, py = p
        while len(lower) >= 2:
            ax, ay = lower[-2]
            bx, by = lower[-1]
            if (bx - ax) * (py - ay) - (by - ay) * (px - ax) <= 0:
                lower.pop()
            else:
                break
        lower.append(p)
    upper = []
    for p in reversed(pts):
        px, py = p
        while len(upper) >= 2:
            ax, ay = upper[-2]
            bx, by = upper[-1]
            if (bx - ax) * (py - ay) - (by - ay) * (px - ax) <= 0:
                upper.pop()
            else:
                break
        upper.append(p)
    hull = lower[:-1] + upper[:-1]
    return [list(p) for p in hull]
