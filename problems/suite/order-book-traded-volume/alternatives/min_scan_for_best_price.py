from typing import List, Tuple


def traded_totals(orders: List[Tuple[str, int, int]]) -> List[int]:
    bids = []  # resting buys as [price, qty]
    asks = []  # resting sells as [price, qty]
    total_qty = 0
    total_value = 0
    for side, price, qty in orders:
        if side == "B":
            while qty > 0 and asks:
                best = min(asks)  # lowest asking price
                if best[0] > price:
                    break
                trade = min(qty, best[1])
                total_qty += trade
                total_value += trade * best[0]
                qty -= trade
                best[1] -= trade
                if best[1] == 0:
                    asks.remove(best)
            if qty > 0:
                bids.append([price, qty])
        else:
            while qty > 0 and bids:
                best = max(bids)  # highest bid
                if best[0] < price:
                    break
                trade = min(qty, best[1])
                total_qty += trade
                total_value += trade * best[0]
                qty -= trade
                best[1] -= trade
                if best[1] == 0:
                    bids.remove(best)
            if qty > 0:
                asks.append([price, qty])
    return [total_qty, total_value]
