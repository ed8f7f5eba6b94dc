

def _effgauge_check(args, expected, output):
    # Appended by effgauge: an exception in check() (e.g. on a malformed
    # output) is a rejection, with its message; check() must return a bool.
    try:
        verdict = check(args, expected, output)
    except Exception as e:
        return (False, "check() raised " + type(e).__name__ + ": " + str(e))
    if verdict is True or verdict is False:
        return (verdict, None)
    return (False, "check() returned " + type(verdict).__name__ + ", not a bool")
