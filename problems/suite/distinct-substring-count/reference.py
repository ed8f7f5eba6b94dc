def count_distinct_substrings(s):
    # suffix automaton: every state stands for the substrings of lengths
    # (length[link] , length] ending at a set of positions; sum those ranges
    nxt = [{}]
    link = [-1]
    length = [0]
    last = 0
    for ch in s:
        cur = len(length)
        nxt.append({})
        length.append(length[last] + 1)
        link.append(0)
        p = last
        while p != -1 and ch not in nxt[p]:
            nxt[p][ch] = cur
            p = link[p]
        if p != -1:
            q = nxt[p][ch]
            if length[p] + 1 == length[q]:
                link[cur] = q
            else:
                clone = len(length)
                nxt.append(nxt[q].copy())
                length.append(length[p] + 1)
                link.append(link[q])
                while p != -1 and nxt[p].get(ch) == q:
                    nxt[p][ch] = clone
                    p = link[p]
                link[q] = clone
                link[cur] = clone
        last = cur
    return sum(length) - sum([length[v] for v in link if v >= 0])
