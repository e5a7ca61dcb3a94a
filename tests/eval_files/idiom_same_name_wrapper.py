"""Catalogue tools built on two home-made wrappers whose methods are named like the SDK's."""
import asyncio
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateOnceCodeRequest,
    CreateProductRequest,
    CreateProductRequestBody,
    DeleteProductRequest,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


def _client():
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_NORTH_4).build()


class ProductWrapper:
    """Adds logging and defaults around the product API."""

    def __init__(self, client):
        self.client = client

    def create_product(self, body):
        print("creating", body.name)
        return self.client.create_product(CreateProductRequest(body=body))

    def delete_product(self, product_id):
        self.client.delete_product(DeleteProductRequest(product_id=product_id))


class DialogAdapter:
    """Async facade the web app uses to hand out one-off dialog codes."""

    def __init__(self):
        self._client = _client()

    async def create_once_code(self, user_id):
        req = CreateOnceCodeRequest(x_app_user_id=user_id)
        return await asyncio.to_thread(self._client.create_once_code, req)


ADAPTER = DialogAdapter()


def import_products(rows):
    w = ProductWrapper(_client())
    for name, description in rows:
        b = CreateProductRequestBody(name=name, description=description)
        # 10/s > 4/s (create_product, cn-north-4)
        w.create_product(b)  # expect: MST101 ~10/s


def drop(product_ids):
    w = ProductWrapper(_client())
    for pid in product_ids:
        w.delete_product(pid)  # expect: MST101 ~10/s


async def codes_for(users):
    # unbounded gather: 32 x 10/s = 320/s > 20/s (create_once_code)
    return await asyncio.gather(*(ADAPTER.create_once_code(u) for u in users))  # expect: MST102 ~320/s


if __name__ == "__main__":
    import_products([("mug", "ceramic mug"), ("tee", "cotton tee")])
    print(asyncio.run(codes_for(os.environ["USERS"].split(","))))
