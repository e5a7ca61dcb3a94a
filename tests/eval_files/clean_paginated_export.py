"""Nightly export of the asset library and product catalogue to the data lake (Parquet)."""
import os
import time

import pandas as pd
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    DeleteProductRequest,
    ListAssetsRequest,
    ListProductsRequest,
    MetaStudioClient,
    ShowProductRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

PAGE = 100

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_EAST_3)
    .build()
)


def export_assets() -> pd.DataFrame:
    rows = []
    req = ListAssetsRequest(offset=0, limit=PAGE, asset_source="CUSTOMIZATION")
    while True:
        # same request object, but its offset changes every page: pagination, not polling;
        # 10/s <= 10/s (list_assets, cn-east-3)
        page = client.list_assets(req)
        rows.extend({"id": a.asset_id, "name": a.asset_name, "type": a.asset_type} for a in page.assets or [])
        if len(page.assets or []) < PAGE:
            break
        req.offset += PAGE
    return pd.DataFrame(rows)


def export_products() -> pd.DataFrame:
    ids, offset = [], 0
    while True:
        page = client.list_products(ListProductsRequest(offset=offset, limit=PAGE))
        ids.extend(p.product_id for p in page.products or [])
        offset += PAGE
        if offset >= (page.count or 0):
            break
    rows = []
    for product_id in ids:
        # 1 / (0.1 + 0.1) = 5/s <= 10/s (show_product, cn-east-3)
        detail = client.show_product(ShowProductRequest(product_id=product_id))
        rows.append({"id": detail.product_id, "name": detail.name, "state": detail.state})
        time.sleep(0.1)
    return pd.DataFrame(rows)


def purge_archived(product_ids) -> list:
    # 10/s > 3/s would be MST101, but archived products are a handful, purged once a quarter:
    # acknowledged with noqa, so flake8 reports nothing here
    return [client.delete_product(DeleteProductRequest(product_id=p)) for p in product_ids]  # noqa: MST101


if __name__ == "__main__":
    day = time.strftime("%Y-%m-%d")
    export_assets().to_parquet(f"s3://lake/metastudio/assets/{day}.parquet")
    export_products().to_parquet(f"s3://lake/metastudio/products/{day}.parquet")
