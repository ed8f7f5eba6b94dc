from typing import List


def most_mentor_pairs(mentors: int, students: int, fits: List[List[int]]) -> int:
    adj = [[] for _ in range(mentors)]
    for m, s in fits:
        adj[m].append(s)
    match_l = [-1] * mentors
    match_r = [-1] * students
    # greedy start
    size = 0
    for u in range(mentors):
        for v in adj[u]:
            if match_r[v] < 0:
                match_l[u] = v
                match_r[v] = u
                size += 1
                break
    # Hopcroft-Karp phases: layer the graph from the free mentors, then find a maximal
    # set of vertex-disjoint augmenting paths along the layers
    while True:
        dist = [-1] * mentors
        queue = [u for u in range(mentors) if match_l[u] < 0]
        if not queue:
            break
        for u in queue:
            dist[u] = 0
        found = False
        for u in queue:
            du = dist[u] + 1
            for v in adj[u]:
                w = match_r[v]
                if w < 0:
                    found = True
                elif dist[w] < 0:
                    dist[w] = du
                    queue.append(w)
        if not found:
            break
        it = [0] * mentors
        for s in range(mentors):
            if match_l[s] >= 0:
                continue
            stack = [s]
            while stack:
                u = stack[-1]
                au = adj[u]
                i = it[u]
                nu = dist[u] + 1
                k = len(au)
                nxt = -1
                while i < k:
                    v = au[i]
                    i += 1
                    w = match_r[v]
                    if w < 0:
                        it[u] = i
                        # augment along the stack
                        for x in stack:
                            y = adj[x][it[x] - 1]
                            match_l[x] = y
                            match_r[y] = x
                        size += 1
                        stack = None
                        break
                    if dist[w] == nu:
                        nxt = w
                        break
                if stack is None:
                    break
                it[u] = i
                if nxt >= 0:
                    stack.append(nxt)
                else:
                    dist[u] = -2          # dead end for this phase
                    stack.pop()
    return size
