from typing import List


def fewest_rumor_seeds(n: int, tells: List[List[int]]) -> int:
    adj = [[] for _ in range(n)]
    for a, b in tells:
        adj[a].append(b)
    # iterative Tarjan: strongly connected components
    index = [0] * n
    low = [0] * n
    on_stack = [False] * n
    comp = [-1] * n
    ptr = [0] * n
    stack = []
    counter = 0
    ncomp = 0
    for root in range(n):
        if index[root]:
            continue
        counter += 1
        index[root] = low[root] = counter
        stack.append(root)
        on_stack[root] = True
        call = [root]
        while call:
            u = call[-1]
            au = adj[u]
            p = ptr[u]
            if p < len(au):
                v = au[p]
                ptr[u] = p + 1
                if not index[v]:
                    counter += 1
                    index[v] = low[v] = counter
                    stack.append(v)
                    on_stack[v] = True
                    call.append(v)
                elif on_stack[v] and index[v] < low[u]:
                    low[u] = index[v]
            else:
                call.pop()
                lu = low[u]
                if lu == index[u]:
                    while True:
                        w = stack.pop()
                        on_stack[w] = False
                        comp[w] = ncomp
                        if w == u:
                            break
                    ncomp += 1
                if call:
                    parent = call[-1]
                    if lu < low[parent]:
                        low[parent] = lu
    # a component needs its own seed exactly when nothing outside it reaches it
    reached = [False] * ncomp
    for a, b in tells:
        cb = comp[b]
        if comp[a] != cb:
            reached[cb] = True
    return reached.count(False)
