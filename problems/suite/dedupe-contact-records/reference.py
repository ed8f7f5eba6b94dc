def dedupe_contacts(records):
    seen = set()
    add = seen.add
    kept = []
    keep = kept.append
    for record in records:
        local, _, domain = record.partition(",")[2].partition("@")
        key = (local.partition("+")[0] + "@" + domain).lower()
        if key not in seen:
            add(key)
            keep(record)
    return kept
