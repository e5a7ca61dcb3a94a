"""Delete discontinued products."""
import sys

from gateway.http import Gateway


def purge(token, product_ids):
    gw = Gateway(token)
    for product_id in product_ids:
        gw.remove_product(product_id)  # expect: MST101 ~10/s


if __name__ == "__main__":
    purge(sys.argv[1], sys.argv[2:])
