from collections import deque


def shortest_run_reaching(values, target):
    n = len(values)
    best = n + 1
    prefix = []
    dq = deque()  # positions whose prefix sums increase
    for j in range(n + 1):
        prefix.append(sum(values[:j]))
        while dq and prefix[j] - prefix[dq[0]] >= target:
            best = min(best, j - dq.popleft())
        while dq and prefix[dq[-1]] >= prefix[j]:
            dq.pop()
        dq.append(j)
    return best if best <= n else 0
