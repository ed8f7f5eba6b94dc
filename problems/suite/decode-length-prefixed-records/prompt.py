from typing import List


def decode_records(stream: str) -> List[str]:
    """Split a stream of length-prefixed records back into the list of payload strings.

    The stream is the concatenation of records, each written as the payload
    length in decimal (no sign, no leading zeros except for the length 0
    itself), a ':' character, and then exactly that many characters of
    payload. Payloads may contain any printable ASCII characters, including
    digits and ':'. The stream is well formed and at most 2 000 000
    characters long. Return the payloads in order.

    >>> decode_records("5:hello0:3:a:b")
    ['hello', '', 'a:b']
    >>> decode_records("2:1210:0123456789")
    ['12', '0123456789']
    >>> decode_records("")
    []
    """
