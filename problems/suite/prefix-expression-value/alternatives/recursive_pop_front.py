def prefix_value(expr: str) -> int:
    MOD = 10**9 + 7
    tokens = expr.split()

    def parse():
        token = tokens.pop(0)
        if token in ("+", "-", "*"):
            left = parse()
            right = parse()
            if token == "+":
                return (left + right) % MOD
            if token == "-":
                return (left - right) % MOD
            return (left * right) % MOD
        return int(token) % MOD

    return parse()
