"""The same import, throttled: one call every 0.3 s stays under the 4 calls
per second that "Creating a Product" allows in cn-north-4.  No finding."""
import csv
import os
import sys
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import (
    MetaStudioRegion,
)

SECONDS_PER_CALL = 0.3


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
            time.sleep(SECONDS_PER_CALL)


if __name__ == "__main__":
    import_products(sys.argv[1])
