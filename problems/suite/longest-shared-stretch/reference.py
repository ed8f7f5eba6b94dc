def longest_shared_stretch(a, b):
    # suffix automaton of a, then walk b through it keeping the current match
    nxt = [{}]
    link = [-1]
    length = [0]
    last = 0
    for ch in a:
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
    best = cur_len = state = 0
    for ch in b:
        trans = nxt[state]
        if ch in trans:
            state = trans[ch]
            cur_len += 1
        else:
            while state and ch not in nxt[state]:
                state = link[state]
            if ch in nxt[state]:
                cur_len = length[state] + 1
                state = nxt[state][ch]
            else:
                cur_len = 0
                continue
        if cur_len > best:
            best = cur_len
    return best
