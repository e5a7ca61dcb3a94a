"""Import a product catalogue into MetaStudio from a CSV file.

This is the example the README's first command lints: the loop below creates
one product after another with no pause, about 10 calls per second, while
"Creating a Product" allows 4 per second in cn-north-4.  flake8-metastudio
reports it as MST101.  The fix: time.sleep(0.25) or more after each call, or
a rate limiter around it.
"""
import csv
import os
import sys

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import (
    MetaStudioRegion,
)


def make_client():
    credentials = BasicCredentials(os.environ["HUAWEICLOUD_AK"],
                                   os.environ["HUAWEICLOUD_SK"])
    return (MetaStudioClient.new_builder()
            .with_credentials(credentials)
            .with_region(MetaStudioRegion.value_of("cn-north-4"))
            .build())


def import_products(path):
    client = make_client()
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            body = CreateProductRequestBody(
                name=row["name"], description=row.get("description", ""))
            client.create_product(CreateProductRequest(body=body))


if __name__ == "__main__":
    import_products(sys.argv[1])
