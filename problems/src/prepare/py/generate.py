

def _effgauge_generate(level, case, seed, size, salted=False):
    # Appended by effgauge: seeds the randomness, calls the problem's
    # generator by its convention and returns the argument tuple.
    # `_effgauge_salted` tells a generator that seeds itself (an imported
    # suite reproducing another harness's inputs) that this is a held-out run
    # whose inputs must come from the salted seed instead.
    global _effgauge_salted
    _effgauge_salted = salted
    import random as _random
    _random.seed(seed)
    args = __CALL__
    if type(args) not in (list, tuple):
        raise TypeError(
            "the generator must return a list or tuple of arguments, not "
            + type(args).__name__
        )
    return tuple(args)
