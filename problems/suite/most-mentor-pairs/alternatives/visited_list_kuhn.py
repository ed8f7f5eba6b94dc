from typing import List


def most_mentor_pairs(mentors: int, students: int, fits: List[List[int]]) -> int:
    graph = {m: [] for m in range(mentors)}
    for m, s in fits:
        graph[m].append(s)
    owner = {}
    count = 0
    for start in range(mentors):
        visited = []
        stack = [(start, iter(graph[start]), None)]
        while stack:
            mentor, options, came_by = stack[-1]
            for s in options:
                if s not in visited:
                    visited.append(s)
                    if s not in owner:
                        # free student found: shift every student along the path
                        owner[s] = mentor
                        while stack:
                            m, _, prev = stack.pop()
                            if prev is not None:
                                owner[prev] = stack[-1][0]
                        count += 1
                        stack = []
                    else:
                        stack.append((owner[s], iter(graph[owner[s]]), s))
                    break
            else:
                if stack:
                    stack.pop()
    return count
