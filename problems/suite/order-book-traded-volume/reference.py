from heapq import heappop, heappush


def traded_totals(orders):
    # Resting quantity per price level, and a heap of the levels' prices per side
    # (bids negated). A price is in a heap exactly when its level is non-empty.
    bids = {}
    asks = {}
    bid_heap = []
    ask_heap = []
    volume = value = 0
    for side, price, qty in orders:
        if side == "B":
            while ask_heap and ask_heap[0] <= price:
                p = ask_heap[0]
                avail = asks[p]
                if avail > qty:
                    asks[p] = avail - qty
                    volume += qty
                    value += qty * p
                    qty = 0
                    break
                volume += avail
                value += avail * p
                qty -= avail
                del asks[p]
                heappop(ask_heap)
                if not qty:
                    break
            if qty:
                if price in bids:
                    bids[price] += qty
                else:
                    bids[price] = qty
                    heappush(bid_heap, -price)
        else:
            while bid_heap and -bid_heap[0] >= price:
                p = -bid_heap[0]
                avail = bids[p]
                if avail > qty:
                    bids[p] = avail - qty
                    volume += qty
                    value += qty * p
                    qty = 0
                    break
                volume += avail
                value += avail * p
                qty -= avail
                del bids[p]
                heappop(bid_heap)
                if not qty:
                    break
            if qty:
                if price in asks:
                    asks[price] += qty
                else:
                    asks[price] = qty
                    heappush(ask_heap, price)
    return [volume, value]
