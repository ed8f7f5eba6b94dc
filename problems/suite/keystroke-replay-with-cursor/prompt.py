def replay_keystrokes(keys: str) -> str:
    """Replay a keystroke log in an empty one-line editor and return the final text.

    The editor starts empty with the cursor at position 0. Each character of
    `keys` is one keystroke:
      - a lowercase letter is inserted at the cursor, and the cursor moves
        past it;
      - '<' deletes the character just before the cursor (nothing happens
        when the cursor is at the start);
      - '-' moves the cursor one position left, '+' one position right
        (nothing happens at the start or the end of the text respectively).
    `keys` has at most 60 000 characters.

    >>> replay_keystrokes("abc--x+<y")
    'axyc'
    >>> replay_keystrokes("<<-+ab-<")
    'b'
    >>> replay_keystrokes("")
    ''
    """
