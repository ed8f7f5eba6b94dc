def gift_pairs_within_budget(prices, budget):
    n = len(prices)
    count = 0
    for i in range(n):
        a = prices[i]
        for j in range(i + 1, n):
            if a + prices[j] <= budget:
                count += 1
    return count
