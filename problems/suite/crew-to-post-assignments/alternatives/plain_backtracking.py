from typing import List


def crew_to_post_assignments(qualified: List[List[int]]) -> int:
    n = len(qualified)
    used = [False] * n

    def count(i: int) -> int:
        # ways to place crew members i..n-1 on the posts still free
        if i == n:
            return 1
        total = 0
        for j in range(n):
            if qualified[i][j] and not used[j]:
                used[j] = True
                total += count(i + 1)
                used[j] = False
        return total

    return count(0)
