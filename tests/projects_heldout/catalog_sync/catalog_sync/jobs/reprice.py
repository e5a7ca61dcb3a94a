"""Apply the weekly price list to the product descriptions."""
import csv
import sys

from catalog_sync.services.products import ProductService


def reprice(path):
    service = ProductService()
    with open(path, newline="", encoding="utf-8") as fh:
        for product_id, price in csv.reader(fh):
            service.reprice(product_id, "now only %s" % price)  # expect: MST101 ~10/s


if __name__ == "__main__":
    reprice(sys.argv[1])
