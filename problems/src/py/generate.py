

def _effgauge_generate(level, case, seed, size):
    # Appended by effgauge: seeds the randomness, calls the problem's
    # generator by its convention and returns the argument tuple.
    import random as _random
    _random.seed(seed)
    args = __CALL__
    if type(args) not in (list, tuple):
        raise TypeError(
            "the generator must return a list or tuple of arguments, not "
            + type(args).__name__
        )
    return tuple(args)
