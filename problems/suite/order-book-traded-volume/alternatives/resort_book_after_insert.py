from typing import List, Tuple


def traded_totals(orders: List[Tuple[str, int, int]]) -> List[int]:
    buys = []   # [price, qty], best (highest) first
    sells = []  # [price, qty], best (lowest) first
    total_qty = 0
    total_value = 0
    for side, price, qty in orders:
        if side == "B":
            while qty > 0 and sells and sells[0][0] <= price:
                trade = min(qty, sells[0][1])
                total_qty += trade
                total_value += trade * sells[0][0]
                qty -= trade
                sells[0][1] -= trade
                if sells[0][1] == 0:
                    sells.pop(0)
            if qty > 0:
                buys.append([price, qty])
                buys.sort(key=lambda o: -o[0])
        else:
            while qty > 0 and buys and buys[0][0] >= price:
                trade = min(qty, buys[0][1])
                total_qty += trade
                total_value += trade * buys[0][0]
                qty -= trade
                buys[0][1] -= trade
                if buys[0][1] == 0:
                    buys.pop(0)
            if qty > 0:
                sells.append([price, qty])
                sells.sort(key=lambda o: o[0])
    return [total_qty, total_value]
