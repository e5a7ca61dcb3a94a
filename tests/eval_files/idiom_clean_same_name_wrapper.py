"""The same wrappers, paced: the wrapper sleeps, the adapter holds a semaphore."""
import asyncio
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import CreateOnceCodeRequest, CreateProductRequest, CreateProductRequestBody, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


def _client():
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_NORTH_4).build()


class ProductWrapper:
    def __init__(self, client):
        self.client = client

    def create_product(self, body):
        resp = self.client.create_product(CreateProductRequest(body=body))
        time.sleep(0.3)  # 1 / 0.4 s = 2.5/s <= 4/s
        return resp


class DialogAdapter:
    def __init__(self):
        self._client = _client()
        self._slots = asyncio.Semaphore(2)

    async def create_once_code(self, user_id):
        async with self._slots:  # 2 x 10/s = 20/s <= 20/s
            return await asyncio.to_thread(self._client.create_once_code, CreateOnceCodeRequest(x_app_user_id=user_id))


ADAPTER = DialogAdapter()


def import_products(rows):
    w = ProductWrapper(_client())
    for name, description in rows:
        w.create_product(CreateProductRequestBody(name=name, description=description))


async def codes_for(users):
    return await asyncio.gather(*(ADAPTER.create_once_code(u) for u in users))


if __name__ == "__main__":
    import_products([("mug", "ceramic mug")])
    print(asyncio.run(codes_for(os.environ["USERS"].split(","))))
