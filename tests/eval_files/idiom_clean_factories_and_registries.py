"""The same shapes, each within its region's limit."""
import time

import anyio
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    MetaStudioClient,
    ShowAssetRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

REGIONS = {"bj": MetaStudioRegion.CN_NORTH_4, "sh": MetaStudioRegion.CN_EAST_3}
LIMIT = anyio.CapacityLimiter(2)


def build(region):
    return MetaStudioClient.new_builder().with_region(region).build()


BY_SITE = {site: build(region) for site, region in REGIONS.items()}
CLIENTS = dict(bj=build(MetaStudioRegion.CN_NORTH_4))


class Catalog:
    def __init__(self, client=None):
        self._client = client or build(MetaStudioRegion.CN_NORTH_4)

    @classmethod
    def beijing(cls):
        return cls(build(MetaStudioRegion.CN_NORTH_4))

    def create_product(self, name):
        self._client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))
        time.sleep(0.2)  # 1 / 0.3 s = 3.3/s <= 4/s in cn-north-4


def seed(names):
    cat = Catalog.beijing()
    for n in names:
        cat.create_product(n)


def seed_every_site(names):
    for c in BY_SITE.values():
        for n in names:
            c.create_product(CreateProductRequest(body=CreateProductRequestBody(name=n)))
            time.sleep(0.25)  # 1 / 0.35 s = 2.9/s <= 3/s (cn-east-3) and <= 4/s (cn-north-4)


async def show_asset(asset_id):
    await anyio.to_thread.run_sync(CLIENTS["bj"].show_asset, ShowAssetRequest(asset_id=asset_id), limiter=LIMIT)


async def show_assets(asset_ids):
    async with anyio.create_task_group() as tg:
        for asset_id in asset_ids:
            tg.start_soon(show_asset, asset_id)  # 2 x 10/s = 20/s <= 20/s (cn-north-4)
