from typing import List


def guest_list_without_direct_boss(boss: List[int], cheer: List[int]) -> int:
    n = len(boss)
    # children lists in one pass, then a top-down order by BFS from the director
    kids: List[List[int]] = [[] for _ in range(n)]
    root = -1
    for i, b in enumerate(boss):
        if b < 0:
            root = i
        else:
            kids[b].append(i)
    order = [root]
    extend = order.extend
    for v in order:  # the list grows while it is read: BFS
        extend(kids[v])
    take = list(cheer)   # best in v's team when v is invited
    skip = [0] * n       # best in v's team when v is not invited
    for v in reversed(order):
        b = boss[v]
        if b >= 0:
            t = take[v]
            s = skip[v]
            take[b] += s
            skip[b] += t if t > s else s
    t = take[root]
    s = skip[root]
    return max(t, s, 0)
