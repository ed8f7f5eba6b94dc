def prefix_value(expr):
    M = 1_000_000_007
    stack = []
    push = stack.append
    pop = stack.pop
    # Read right to left: an operator finds its left operand on top of the stack
    # and its right operand just below it.
    for tok in reversed(expr.split(" ")):
        if tok == "+":
            a = pop()
            stack[-1] = (a + stack[-1]) % M
        elif tok == "*":
            a = pop()
            stack[-1] = a * stack[-1] % M
        elif tok == "-":
            a = pop()
            stack[-1] = (a - stack[-1]) % M
        else:
            push(int(tok))
    return stack[0] % M
