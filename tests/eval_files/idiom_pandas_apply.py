"""Notebook-style catalogue clean-up with pandas."""
import os

import pandas as pd
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    DeleteProductRequest,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def create_row(row):
    body = CreateProductRequestBody(name=row["name"], description=row["description"])
    return client.create_product(CreateProductRequest(body=body)).product_id


def main(csv_path):
    df = pd.read_csv(csv_path)
    # one create_product per row, sequential: 10/s > 4/s
    df["product_id"] = df.apply(create_row, axis=1)  # expect: MST101 ~10/s
    stale = df[df["discontinued"]]
    # Series.map, one delete per value: 10/s > 4/s
    stale["product_id"].map(lambda pid: client.delete_product(DeleteProductRequest(product_id=pid)))  # expect: MST101 ~10/s
    return df


if __name__ == "__main__":
    main(os.environ["CATALOG_CSV"])
