

# Appended by effgauge: ENAMEL's seeding. Before each case ENAMEL seeds the
# module-level `random` with its evaluator seed XOR the row's index in the
# dataset XOR the case's index counted over all levels, then calls
# generate_input(size=..., lid=..., cid=...). In a held-out (salted) run the
# salted seed effgauge already set is kept instead.
_enamel_generate_input = generate_input


def generate_input(size, level, case):
    if not globals().get("_effgauge_salted"):
        _enamel_random.seed(__SEED__ ^ __ROW__ ^ (__OFFSETS__[level] + case))
    return _enamel_generate_input(size=size, lid=level, cid=case)
