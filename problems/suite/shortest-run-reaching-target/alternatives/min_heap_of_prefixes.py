import heapq


def shortest_run_reaching(values, target):
    heap = []
    best = len(values) + 1
    prefix = 0
    heapq.heappush(heap, (0, 0))
    for j, x in enumerate(values, 1):
        prefix += x
        # every stored prefix small enough pairs with j; later j only gets longer
        while heap and prefix - heap[0][0] >= target:
            d = j - heapq.heappop(heap)[1]
            if d < best:
                best = d
        heapq.heappush(heap, (prefix, j))
    return best if best <= len(values) else 0
