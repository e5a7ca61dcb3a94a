"""Migrate the old AWS IoT SiteWise "digital twin" assets to MetaStudio digital assets.

boto3's SiteWise client has list_assets / delete_asset / describe_asset too; none of those are
MetaStudio calls. Expected: no finding.
"""
import os
import time

import boto3
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateDigitalAssetRequest,
    CreateDigitalAssetRequestBody,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

sitewise = boto3.client("iotsitewise", region_name="eu-west-1")
assets_client = boto3.client("iotsitewise", region_name="us-east-1")

ms_client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def all_sitewise_assets(client=sitewise):
    out, token = [], None
    while True:
        kwargs = {"filter": "TOP_LEVEL", "maxResults": 250}
        if token:
            kwargs["nextToken"] = token
        page = client.list_assets(**kwargs)
        out.extend(page["assetSummaries"])
        token = page.get("nextToken")
        if not token:
            return out


def details(asset_ids):
    return [assets_client.describe_asset(assetId=a) for a in asset_ids]


def migrate():
    migrated = []
    for summary in all_sitewise_assets():
        body = CreateDigitalAssetRequestBody(asset_name=summary["name"][:64], asset_type="MATERIAL",
                                             tags=["migrated-from-sitewise"])
        # 1 / (0.1 + 0.2) = 3.33/s <= 10/s (create_digital_asset)
        ms_client.create_digital_asset(CreateDigitalAssetRequest(body=body))
        migrated.append(summary["id"])
        time.sleep(0.2)
    return migrated


def decommission(asset_ids):
    for asset_id in asset_ids:
        # AWS, not MetaStudio, even though the method name is the same as the SDK's delete_asset
        sitewise.delete_asset(assetId=asset_id)
    while sitewise.list_assets(filter="TOP_LEVEL")["assetSummaries"]:
        pass


if __name__ == "__main__":
    decommission(migrate())
