from typing import List


def dedupe_contacts(records: List[str]) -> List[str]:
    seen = []
    result = []
    for record in records:
        name, email = record.split(",", 1)
        local, domain = email.split("@")
        if "+" in local:
            local = local[:local.index("+")]
        normalized = (local + "@" + domain).lower()
        if normalized not in seen:
            seen.append(normalized)
            result.append(record)
    return result
