"""Publish the products of a CSV as MetaStudio live products, paced under the per-tenant limit.

    python publish_products.py products.csv     # columns: name, description[, tags]
"""
import csv
import sys
import time

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import CreateProductRequest, CreateProductRequestBody
from tenacity import retry, retry_if_exception_type, stop_after_attempt

from common import client, log

PAUSE_S = 0.4  # 0.1 s per call + 0.4 s = 2 calls/s, under Singapore's 3/s for create_product


@retry(stop=stop_after_attempt(5), retry=retry_if_exception_type(ClientRequestException), reraise=True)
def publish(name, description, tags):
    body = CreateProductRequestBody(name=name, description=description, tags=tags or None)
    return client.create_product(CreateProductRequest(body=body)).product_id  # expect: MST104


with open(sys.argv[1], newline="", encoding="utf-8") as fh:
    rows = list(csv.DictReader(fh))

published = 0
for row in rows:
    tags = [tag.strip() for tag in (row.get("tags") or "").split(",") if tag.strip()]
    product_id = publish(row["name"], row["description"], tags)
    log.info("%s -> %s", row["name"], product_id)
    published += 1
    time.sleep(PAUSE_S)

log.info("%d products published", published)
