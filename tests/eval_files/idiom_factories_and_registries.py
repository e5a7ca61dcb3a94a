"""Services built by classmethod factories, clients in dict(...) and per-region comprehensions,
a wrapper that defaults its client, map() over a coroutine function, to_thread with a limiter."""
import asyncio

import anyio
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import *  # noqa: F403 - the SDK's names, as its samples import them
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

SG = Region("ap-southeast-3", "https://metastudio.ap-southeast-3.myhuaweicloud.com")
REGIONS = {"sg": SG, "sh": MetaStudioRegion.CN_EAST_3}
LIMIT = anyio.CapacityLimiter(2)


def build(region):
    return MetaStudioClient.new_builder().with_region(region).build()


BY_SITE = {site: build(region) for site, region in REGIONS.items()}
CLIENTS = dict(sg=build(SG), sh=build(MetaStudioRegion.CN_EAST_3))


class RobotService:
    def __init__(self, client=None):
        self._client = client or build(SG)

    @classmethod
    def singapore(cls):
        return cls(build(SG))

    def create_robot(self, body):
        # Singapore does not offer "Creating an Application"
        return self._client.create_robot(CreateRobotRequest(body=body))  # expect: MST201


def open_robots(bodies):
    svc = RobotService.singapore()
    for b in bodies:
        svc.create_robot(b)


def open_robots_default(bodies):
    for b in bodies:
        RobotService().create_robot(b)


def sg_robots(bodies):
    for b in bodies:
        BY_SITE["sg"].create_robot(CreateRobotRequest(body=b))  # expect: MST201


def seed_shanghai(names):
    for n in names:
        # 10/s > 3/s in cn-east-3
        CLIENTS["sh"].create_product(CreateProductRequest(body=CreateProductRequestBody(name=n)))  # expect: MST101 ~10/s


def seed_every_site(names):
    for _, c in BY_SITE.items():
        for n in names:
            # 10/s > 3/s in ap-southeast-3 and in cn-east-3
            c.create_product(CreateProductRequest(body=CreateProductRequestBody(name=n)))  # expect: MST101 ~10/s


async def show_one(product_id):
    return await asyncio.to_thread(build(SG).show_product, ShowProductRequest(product_id=product_id))


async def show_all(product_ids):
    # map() over a coroutine function, gathered: 32 tasks x 10/s = 320/s > 10/s
    return await asyncio.gather(*map(show_one, product_ids))  # expect: MST102 ~320/s


async def show_asset(asset_id):
    await anyio.to_thread.run_sync(build(SG).show_asset, ShowAssetRequest(asset_id=asset_id), limiter=LIMIT)


async def show_assets(asset_ids):
    async with anyio.create_task_group() as tg:
        for asset_id in asset_ids:
            # the limiter lets 2 threads run: 2 x 10/s = 20/s > 10/s (show_asset, ap-southeast-3)
            tg.start_soon(show_asset, asset_id)  # expect: MST102 ~20/s
