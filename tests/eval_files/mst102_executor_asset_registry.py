# flake8-options: --metastudio-max-concurrency=2
"""asyncio worker that registers uploaded media as MetaStudio assets.

The default executor of this deployment is pinned to 2 threads (see run.py), hence the option above.
"""
import asyncio
import functools
import logging
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateDigitalAssetRequest,
    CreateDigitalAssetRequestBody,
    MetaStudioClient,
    ShowAssetRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

log = logging.getLogger("asset_registry")

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def asset_body(spec):
    return CreateDigitalAssetRequestBody(
        asset_name=spec["name"], asset_description=spec.get("description", ""),
        asset_type=spec["type"], tags=spec.get("tags", []),
    )


async def register(specs):
    loop = asyncio.get_running_loop()
    futures = []
    for spec in specs:
        req = CreateDigitalAssetRequest(body=asset_body(spec))
        # executor concurrency unknown -> --metastudio-max-concurrency=2: 2 x 10/s = 20/s > 10/s
        futures.append(loop.run_in_executor(None, functools.partial(client.create_digital_asset, req)))  # expect: MST102 ~20/s @24
    results = await asyncio.gather(*futures, return_exceptions=True)
    return [r.asset_id for r in results if not isinstance(r, Exception)]


async def verify(asset_ids):
    loop = asyncio.get_running_loop()
    # 2 x 10/s = 20/s, not above 20/s (show_asset): no finding
    return await asyncio.gather(
        *(loop.run_in_executor(None, client.show_asset, ShowAssetRequest(asset_id=a)) for a in asset_ids)
    )


def watermark_request(name):
    return CreateDigitalAssetRequest(body=asset_body({"name": name, "type": "IMAGE", "tags": ["watermark"]}))


async def register_watermarks():
    loop = asyncio.get_running_loop()
    # three fixed tasks (literal tuple): 3 calls fit within 10/s (create_digital_asset): no finding
    return await asyncio.gather(*[
        loop.run_in_executor(None, functools.partial(client.create_digital_asset, watermark_request(name)))
        for name in ("logo-light", "logo-dark", "logo-mono")
    ])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(asyncio.run(register_watermarks()))
