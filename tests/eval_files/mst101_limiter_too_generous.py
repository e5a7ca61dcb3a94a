"""Product importer with client-side rate limiting -- but the quotas were copied from the asset APIs."""
import csv
import os
import sys

from pyrate_limiter import Duration, Limiter, Rate
from ratelimit import limits, sleep_and_retry
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    MetaStudioClient,
    UpdateProductRequest,
    UpdateProductRequestBody,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

CALLS_PER_SECOND = 10  # "asset APIs allow 10/s" -- not the product APIs
UPDATES_PER_SECOND = 3

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)

bucket = Limiter(Rate(CALLS_PER_SECOND, Duration.SECOND), raise_when_fail=False, max_delay=5000)


@sleep_and_retry
@limits(calls=CALLS_PER_SECOND, period=1)
def create_one(row):
    body = CreateProductRequestBody(name=row["name"], description=row["description"])
    return client.create_product(CreateProductRequest(body=body))


@sleep_and_retry
@limits(calls=UPDATES_PER_SECOND, period=1)
def update_one(row):
    body = UpdateProductRequestBody(name=row["name"], description=row["description"])
    return client.update_product(UpdateProductRequest(product_id=row["product_id"], body=body))


def import_new(rows):
    for row in rows:
        # capped by @limits at 10/1 s; the loop alone would do 10/s: 10/s > 4/s (create_product)
        create_one(row)  # expect: MST101 ~10/s @9


def refresh_existing(rows):
    for row in rows:
        # capped by @limits at 3/1 s <= 4/s (update_product): no finding
        update_one(row)


def import_with_bucket(rows):
    for row in rows:
        bucket.try_acquire("metastudio-products")
        body = CreateProductRequestBody(name=row["name"], description=row["description"])
        # pyrate_limiter Rate(10, Duration.SECOND) caps at 10/s: still > 4/s
        client.create_product(CreateProductRequest(body=body))  # expect: MST101 @9


if __name__ == "__main__":
    with open(sys.argv[1], newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    import_new([r for r in rows if not r.get("product_id")])
    refresh_existing([r for r in rows if r.get("product_id")])
