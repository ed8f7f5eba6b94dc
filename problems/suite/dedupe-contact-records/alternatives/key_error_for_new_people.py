from typing import List


def dedupe_contacts(records: List[str]) -> List[str]:
    first_index = {}
    for i, record in enumerate(records):
        name, email = record.split(",", 1)
        local, domain = email.split("@")
        local = local.split("+")[0]
        normalized = f"{local}@{domain}".lower()
        try:
            first_index[normalized]
        except KeyError:
            first_index[normalized] = i
    return [records[i] for i in sorted(first_index.values())]
