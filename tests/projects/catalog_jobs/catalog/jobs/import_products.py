"""Import the products of a CSV export into MetaStudio."""
import csv
import sys

from catalog.services import ProductService


def import_file(path):
    service = ProductService()
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            service.create(row["name"], row.get("description", ""))  # expect: MST101 ~10/s @13


if __name__ == "__main__":
    import_file(sys.argv[1])
