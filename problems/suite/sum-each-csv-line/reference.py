def line_sums(text):
    lines = text.split("\n")
    lines.pop()  # the text ends with a newline, leaving one empty piece
    return [sum(map(int, line.split(","))) if line else 0 for line in lines]
