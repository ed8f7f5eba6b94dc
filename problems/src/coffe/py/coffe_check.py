# Written by `effgauge import coffe`: COFFE's comparison of a function's
# output (code_execution.is_equal): equal, or equal with tuples read as lists,
# or, where floats are compared, within 1e-6 absolute plus 1e-7 relative
# (numpy's assert_allclose with atol=1e-6, as COFFE calls it).


def _close(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if a == b:
            return True
        if isinstance(a, float) or isinstance(b, float):
            return abs(a - b) <= 1e-6 + 1e-7 * abs(b)
        return False
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k]) for k in a)
    return a == b


def check(args, expected, output):
    try:
        return bool(_close(output, expected))
    except Exception:
        return False
