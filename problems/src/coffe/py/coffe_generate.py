# COFFE's tests are data: level 0 holds its correctness tests (testcases.json),
# the last level its stress tests (stressful_testcases.json). A case is
# ("json", text): the JSON text of the argument list (or of the stdin text);
# ("expr", text): a Python expression giving the same, evaluated after
# random.seed(1024) as COFFE's worker does; or ("gen", source): a source
# defining generate_input(), run in fresh globals after random.seed(1024),
# which returns the stdin text. In a held-out (salted) run the salted seed
# effgauge already set is kept instead (COFFE's inputs are public anyway).
import json as _json
import math as _math
import random as _random


def generate(level, case, rng):
    kind, text = _LEVELS[level][case]
    if kind == "json":
        value = _json.loads(text)
    else:
        if not globals().get("_effgauge_salted"):
            _random.seed(_SEED)
        if kind == "expr":
            value = eval(text, {"random": _random, "math": _math})
        else:
            scope = {"__name__": "coffe_generator"}
            exec(text, scope)
            value = scope["generate_input"]()
    if _STDIO:
        if not isinstance(value, str):
            raise TypeError("COFFE's test gives %s, not the stdin text" % type(value).__name__)
        return [value]
    if not isinstance(value, (list, tuple)):
        raise TypeError("COFFE's test gives %s, not the list of arguments" % type(value).__name__)
    return list(value)
