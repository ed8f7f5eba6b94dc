from typing import List


def in_stock_counts(log: List[str]) -> List[int]:
    stock = {}
    in_stock = set()
    result = []
    for entry in log:
        parts = entry.split()
        command = parts[0]
        if command == "COUNT":
            result.append(len(in_stock))
            continue
        sku = parts[1]
        qty = int(parts[2])
        try:
            current = stock[sku]
        except KeyError:
            current = 0
        if command == "IN":
            current += qty
        else:
            current = max(0, current - qty)
        stock[sku] = current
        if current > 0:
            in_stock.add(sku)
        else:
            in_stock.discard(sku)
    return result
