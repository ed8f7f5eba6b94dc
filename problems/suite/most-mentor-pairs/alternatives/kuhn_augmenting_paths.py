from typing import List


def most_mentor_pairs(mentors: int, students: int, fits: List[List[int]]) -> int:
    # Kuhn's algorithm: one augmenting-path search per mentor, O(V * E).
    adj = [[] for _ in range(mentors)]
    for m, s in fits:
        adj[m].append(s)
    match_r = [-1] * students
    result = 0
    for root in range(mentors):
        used = [False] * students
        # iterative DFS; each frame: (mentor, next index into adj, student taken to reach it)
        stack = [[root, 0, -1]]
        while stack:
            frame = stack[-1]
            u = frame[0]
            if frame[1] == len(adj[u]):
                stack.pop()
                continue
            v = adj[u][frame[1]]
            frame[1] += 1
            if used[v]:
                continue
            used[v] = True
            if match_r[v] == -1:
                # augment: v goes to u, and each frame's student moves one mentor up
                while stack:
                    fu, _, via = stack.pop()
                    match_r[v] = fu
                    v = via
                result += 1
                break
            stack.append([match_r[v], 0, v])
    return result
