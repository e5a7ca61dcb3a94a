"""Async import service: products and render jobs fan out with asyncio, capped by aiolimiter.

Expected: no finding.
"""
import asyncio
import os

from aiolimiter import AsyncLimiter
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    CreateProductRequest,
    CreateProductRequestBody,
    MetaStudioClient,
    ShowAssetRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)

product_limiter = AsyncLimiter(4, 1)  # create_product: 4/s in cn-north-4
render_limiter = AsyncLimiter(max_rate=30, time_period=60)
asset_slots = asyncio.Semaphore(3)


async def create_one(row: dict):
    body = CreateProductRequestBody(name=row["name"], description=row.get("description", ""))
    async with product_limiter:
        return await asyncio.to_thread(client.create_product, CreateProductRequest(body=body))


async def import_rows(rows: list):
    # unbounded gather, but every task passes the 4/1 s limiter: 4/s <= 4/s
    return await asyncio.gather(*(create_one(r) for r in rows), return_exceptions=True)


async def render_all(script_ids: list):
    async def render(script_id: str):
        req = Create2DDigitalHumanVideoRequest(body=Create2DDigitalHumanVideoReq(script_id=script_id))
        async with render_limiter:
            return await asyncio.to_thread(client.create2_d_digital_human_video, req)

    # 30 per 60 s = 0.5/s <= 5/s
    return await asyncio.gather(*[render(s) for s in script_ids])


async def asset_states(asset_ids: list):
    async def one(asset_id: str):
        async with asset_slots:
            resp = await asyncio.to_thread(client.show_asset, ShowAssetRequest(asset_id=asset_id))
            await asyncio.sleep(0.5)
        return resp.asset_state

    # Semaphore(3), each slot 1 / (0.1 + 0.5): 3 x 1.67 = 5/s <= 20/s
    return await asyncio.gather(*(one(a) for a in asset_ids))
