from typing import List


def teller_assignment(tellers: int, arrivals: List[int], durations: List[int]) -> List[int]:
    free_at = [0] * tellers
    result = []
    now = 0
    for arrival, duration in zip(arrivals, durations):
        now = max(now, arrival)
        earliest = min(free_at)
        if earliest > now:
            now = earliest
        for counter in range(tellers):
            if free_at[counter] <= now:
                break
        free_at[counter] = now + duration
        result.append(counter)
    return result
