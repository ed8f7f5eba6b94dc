from typing import List


def dedupe_contacts(records: List[str]) -> List[str]:
    """Each record of `records` (at most 25 000 of them) is a string "name,email":
    a name of letters and spaces, one comma, then an e-mail address "local@domain"
    (exactly one '@'; the local part, possibly empty, and the domain are made of
    letters, digits, '.', '-' and '+', each at most 40 characters).

    Two records describe the same person when their addresses are equal after
    normalising: the whole address is compared case-insensitively, and in the local
    part everything from the first '+' on is ignored ("Ann.Lee+news@Mail.com" is
    "ann.lee@mail.com"). Dots are significant.

    Return the records that are the first of their person, in their original order
    and unchanged.

    >>> dedupe_contacts(["Ann Lee,Ann.Lee+news@Mail.com", "A Lee,ann.lee@mail.COM", "Bo,bo@x.org"])
    ['Ann Lee,Ann.Lee+news@Mail.com', 'Bo,bo@x.org']
    >>> dedupe_contacts(["Cy,c.y@q.io", "Cy,cy@q.io", "Cy,CY+1+2@Q.IO"])
    ['Cy,c.y@q.io', 'Cy,cy@q.io']
    >>> dedupe_contacts([])
    []
    """
