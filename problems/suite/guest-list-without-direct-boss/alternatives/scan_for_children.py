from typing import List


def guest_list_without_direct_boss(boss: List[int], cheer: List[int]) -> int:
    n = len(boss)
    root = boss.index(-1)
    # iterative post-order; each node looks up its reports when it is expanded
    take = [0] * n
    skip = [0] * n
    children = {}
    stack = [(root, False)]
    while stack:
        v, done = stack.pop()
        if not done:
            children[v] = [i for i in range(n) if boss[i] == v]
            stack.append((v, True))
            for c in children[v]:
                stack.append((c, False))
        else:
            take[v] = cheer[v] + sum(skip[c] for c in children[v])
            skip[v] = sum(max(take[c], skip[c]) for c in children[v])
    return max(take[root], skip[root], 0)
