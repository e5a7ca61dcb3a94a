"""Import products from the weekly CSV export."""
import csv
import logging
import sys

from huaweicloudsdkcore.exceptions import exceptions

from promo import catalog
from promo.clients import make_client

log = logging.getLogger(__name__)


def import_file(path):
    client = make_client()
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            catalog.create_product(client, row)  # expect: MST101


def import_one_with_retry(row):
    client = make_client()
    while True:
        try:
            return catalog.create_product(client, row)  # expect: MST104
        except exceptions.ClientRequestException as err:
            log.warning("create_product failed: %s", err.error_code)


if __name__ == "__main__":
    import_file(sys.argv[1])
