def gift_pairs_within_budget(prices, budget):
    count = 0
    for i in range(len(prices)):
        count += sum(1 for x in prices[i + 1:] if prices[i] + x <= budget)
    return count
