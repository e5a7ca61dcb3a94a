"""Delete discontinued products."""
import sys

import gateway.http as gw_http


def purge(token, product_ids):
    gw = gw_http.Gateway(token)
    for product_id in product_ids:
        gw.remove_product(product_id)  # expect: MST101 ~10/s


if __name__ == "__main__":
    purge(sys.argv[1], sys.argv[2:])
