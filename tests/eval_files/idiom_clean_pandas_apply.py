"""pandas over cheap queries and a paced write."""
import os
import time

import pandas as pd
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import CreateProductRequest, CreateProductRequestBody, MetaStudioClient, ShowProductRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def create_row(row):
    resp = client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=row["name"])))
    time.sleep(0.3)  # 1 / 0.4 s = 2.5/s <= 4/s
    return resp.product_id


def main(csv_path):
    df = pd.read_csv(csv_path)
    df["product_id"] = df.apply(create_row, axis=1)
    # 10/s <= 20/s (show_product)
    df["state"] = df["product_id"].map(lambda pid: client.show_product(ShowProductRequest(product_id=pid)).state)
    return df


if __name__ == "__main__":
    main(os.environ["CATALOG_CSV"])
