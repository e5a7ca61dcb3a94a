"""Client recognition and dispatch paths the other examples do not cover.

Default region cn-north-4, latency 0.1 s: one call per iteration is 10/s.
create_product allows 4/s, show_asset 20/s, delete_asset 10/s.
"""
import asyncio
import functools
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Optional

import huaweicloudsdkmetastudio.v1 as ms
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from tenacity import retry, stop_after_attempt, wait_exponential

ENDPOINT = "https://metastudio.cn-north-4.myhuaweicloud.com"


def build_client():
    return (ms.MetaStudioClient.new_builder()
            .with_credentials(BasicCredentials("ak", "sk", "project"))
            .with_endpoints([ENDPOINT])
            .build())


class Uploader:
    """The client is handed in unannotated; the module passes a real one."""

    def __init__(self, client, batch_size=10):
        self.client = client
        self.batch_size = batch_size

    @property
    def api(self):
        return self.client

    def upload_all(self, items):
        for item in items:
            self.api.create_product(ms.CreateProductRequest(body=item))  # expect: MST101 @13


@dataclass
class Janitor:
    client: ms.MetaStudioClient

    def purge(self, asset_ids):
        for asset_id in asset_ids:
            if asset_id.startswith("tmp-"):
                # conditional call: worst case every id matches, 10/s = 10/s, not above
                self.client.delete_asset(ms.DeleteAssetRequest(asset_id=asset_id))

    def copy_templates(self, asset_ids):
        for asset_id in asset_ids:
            if asset_id.startswith("tpl-"):
                # conditional, but in the worst case every id matches: 10/s > 4/s (Copying an Asset)
                self.client.create_asset_by_replication_info(  # expect: MST101 ~10/s @17
                    ms.CreateAssetByReplicationInfoRequest(body={"asset_id": asset_id}))


def create_one(client: "Optional[ms.MetaStudioClient]", item):
    return client.create_product(ms.CreateProductRequest(body=item))


def create_page(client, page):
    for item in page:
        create_one(client, item)  # expect: MST101 @9


def import_pages(pages):
    client = build_client()
    for page in pages:
        create_page(client, page)  # inner loop decides, reported there, not here
        time.sleep(1)


def retry_with_backoff(client: ms.MetaStudioClient, req):
    # a retry loop that sleeps before every retry and returns on success:
    # it does not repeat at 10/s
    for attempt in range(8):
        try:
            return client.create_product(req)
        except Exception:
            time.sleep(2 ** attempt)
    raise RuntimeError("gave up")


def await_each(client: ms.MetaStudioClient, asset_ids):
    async def run():
        loop = asyncio.get_running_loop()
        for asset_id in asset_ids:
            # awaited one at a time: sequential, 10/s <= 20/s
            await loop.run_in_executor(None, client.show_asset, ms.ShowAssetRequest(asset_id=asset_id))
    asyncio.run(run())


def submit_and_wait(client: ms.MetaStudioClient, items):
    with ThreadPoolExecutor(max_workers=8) as pool:
        for item in items:
            # .result() right away: sequential, 10/s > 4/s
            pool.submit(client.create_product, ms.CreateProductRequest(body=item)).result()  # expect: MST101 ~10/s @13


def partial_fan_out(client: ms.MetaStudioClient, items):
    create = functools.partial(client.create_product)
    with ThreadPoolExecutor(max_workers=4) as pool:
        for item in items:
            pool.submit(create, ms.CreateProductRequest(body=item))  # expect: MST102 @13


def thread_per_item(client: ms.MetaStudioClient, asset_ids):
    threads = [threading.Thread(target=client.show_asset, args=(ms.ShowAssetRequest(asset_id=a),))  # expect: MST102
               for a in asset_ids]
    for t in threads:
        t.start()


def pairs_in_a_loop(client: ms.MetaStudioClient, pairs):
    async def one(asset_id):
        return await asyncio.to_thread(client.show_asset, ms.ShowAssetRequest(asset_id=asset_id))

    async def run():
        for a, b in pairs:
            # two at a time, awaited together each iteration: 2 calls per 0.1 s = 20/s, not above 20/s
            await asyncio.gather(one(a), one(b))
    asyncio.run(run())


@retry(stop=stop_after_attempt(5))
def create_with_tenacity(client: ms.MetaStudioClient, req):
    return client.create_product(req)  # expect: MST104


@retry(stop=stop_after_attempt(5), wait=wait_exponential(multiplier=1, max=30))
def create_with_tenacity_backoff(client: ms.MetaStudioClient, req):
    return client.create_product(req)


def via_getattr(client: ms.MetaStudioClient, items, name="create_product"):
    for item in items:
        # the name is a constant (the parameter's default): create_product at 10/s > 4/s
        getattr(client, name)(item)  # expect: MST101 ~10/s


if __name__ == "__main__":
    c = build_client()
    Uploader(c).upload_all([{"name": "a"}])
