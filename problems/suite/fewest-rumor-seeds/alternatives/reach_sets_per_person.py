from typing import List


def fewest_rumor_seeds(n: int, tells: List[List[int]]) -> int:
    # Who-reaches-whom from every person (one search each): O(n * (n + m)).
    adj = [[] for _ in range(n)]
    for a, b in tells:
        adj[a].append(b)
    reach = []
    for s in range(n):
        seen = {s}
        stack = [s]
        while stack:
            u = stack.pop()
            for v in adj[u]:
                if v not in seen:
                    seen.add(v)
                    stack.append(v)
        reach.append(seen)
    reached_by = [[] for _ in range(n)]
    for w in range(n):
        for u in reach[w]:
            reached_by[u].append(w)
    seeds = set()
    for u in range(n):
        # u's group needs a seed when everyone who reaches u is reached back by u
        if all(w in reach[u] for w in reached_by[u]):
            seeds.add(min(w for w in reached_by[u]))
    return len(seeds)
