import re

_RUN = re.compile(r"([a-z])(\d*)")


def expand_runs(code):
    return "".join([ch * int(count) if count else ch for ch, count in _RUN.findall(code)])
