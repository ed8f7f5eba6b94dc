def prefix_value(expr: str) -> int:
    MOD = 10**9 + 7
    tokens = expr.split()
    pos = 0

    def parse():
        nonlocal pos
        token = tokens[pos]
        pos += 1
        if token == "+":
            return (parse() + parse()) % MOD
        if token == "-":
            return (parse() - parse()) % MOD
        if token == "*":
            return (parse() * parse()) % MOD
        return int(token) % MOD

    return parse()
