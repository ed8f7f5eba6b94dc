from typing import List


def wrap_words(text: str, width: int) -> List[str]:
    lines = []
    current = []
    for word in text.split():
        if current and len(" ".join(current + [word])) > width:
            lines.append(" ".join(current))
            current = [word]
        else:
            current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines
