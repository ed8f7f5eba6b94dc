def in_stock_counts(log):
    stock = {}
    get = stock.get
    positive = 0
    answers = []
    answer = answers.append
    for entry in log:
        if entry == "COUNT":
            answer(positive)
            continue
        op, sku, q = entry.split(" ")
        have = get(sku, 0)
        if op == "IN":
            if not have:
                positive += 1
            stock[sku] = have + int(q)
        elif have:
            left = have - int(q)
            if left > 0:
                stock[sku] = left
            else:
                stock[sku] = 0
                positive -= 1
    return answers
