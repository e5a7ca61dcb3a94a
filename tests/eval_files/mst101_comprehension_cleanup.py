"""Clean up after a finished campaign: delete its products, report which assets are still in use."""
import argparse
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import *  # noqa: F401,F403  (request classes + client)

ENDPOINT = "https://metastudio.cn-north-4.myhuaweicloud.com"

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_endpoints([ENDPOINT])
    .build()
)


def campaign_products(tag):
    resp = client.list_products(ListProductsRequest(tag=tag, limit=100))
    return [p.product_id for p in resp.products or []]


def delete_campaign(tag, dry_run=False):
    product_ids = campaign_products(tag)
    if dry_run:
        return product_ids
    # list comprehension, one delete_product per element, no delay: 10/s > 4/s (cn-north-4)
    return [client.delete_product(DeleteProductRequest(product_id=pid)) for pid in product_ids]  # expect: MST101 ~10/s


def assets_still_blocked(asset_ids):
    # generator expression: show_asset at 10/s <= 20/s: no finding
    details = (client.show_asset(ShowAssetRequest(asset_id=a)) for a in asset_ids)
    return {d.asset_id: d.asset_state for d in details if d.asset_state == "BLOCK"}


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("tag")
    parser.add_argument("--assets", nargs="*", default=[])
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    print("deleted", len(delete_campaign(args.tag, args.dry_run)), "products")
    print("blocked assets:", assets_still_blocked(args.assets))
