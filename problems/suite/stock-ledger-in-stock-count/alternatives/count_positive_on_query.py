from typing import List


def in_stock_counts(log: List[str]) -> List[int]:
    stock = {}
    result = []
    for entry in log:
        parts = entry.split()
        if parts[0] == "COUNT":
            result.append(sum(1 for qty in stock.values() if qty > 0))
        elif parts[0] == "IN":
            sku, qty = parts[1], int(parts[2])
            stock[sku] = stock.get(sku, 0) + qty
        else:
            sku, qty = parts[1], int(parts[2])
            stock[sku] = max(0, stock.get(sku, 0) - qty)
    return result
