from typing import List


def wrap_words(text: str, width: int) -> List[str]:
    words = text.split()
    lines = []
    while words:
        line = words.pop(0)
        while words and len(line) + 1 + len(words[0]) <= width:
            line += " " + words.pop(0)
        lines.append(line)
    return lines
