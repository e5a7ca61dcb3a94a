import logging

from huaweicloudsdkcore.exceptions import exceptions

from shop import audit, products
from shop.clients import make_client

log = logging.getLogger(__name__)


def load(rows, ak, sk):
    client = make_client(ak, sk)
    for row in rows:
        products.create_product(client, row)  # expect: MST101


def load_one(row, ak, sk):
    client = make_client(ak, sk)
    while True:
        try:
            return products.create_product(client, row)  # expect: MST104
        except exceptions.ClientRequestException as err:
            log.warning("retrying: %s", err.error_code)


def record(rows):
    for row in rows:
        audit.create_product(row)
