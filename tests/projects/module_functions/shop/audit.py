"""A local audit trail: no MetaStudio here."""
RECORDS = []


def create_product(row):
    RECORDS.append(("create_product", row["name"]))
