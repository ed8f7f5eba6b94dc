

# Appended by effgauge: ENAMEL accepts an output when its checker returns
# anything truthy.
def check(args, expected, output):
    return bool(__check(args, expected, output))
