"""A gateway that calls SDK methods by name, and a __getattr__ proxy in front of the client (cn-east-3: 3/s)."""
import functools
from huaweicloudsdkmetastudio.v1 import MetaStudioClient, CreateProductRequest, DeleteProductRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


class Gateway:
    def __init__(self):
        self._client = MetaStudioClient.new_builder().with_region(MetaStudioRegion.CN_EAST_3).build()

    def call(self, name, req):
        return getattr(self._client, name)(req)


class Proxy:
    def __init__(self, client):
        self._client = client

    def __getattr__(self, name):
        return getattr(self._client, name)


gw = Gateway()
proxy = Proxy(MetaStudioClient.new_builder().with_region(MetaStudioRegion.CN_EAST_3).build())


def a(reqs):
    for r in reqs:
        gw.call("create_product", r)  # expect: MST101 ~10/s


def b(ids):
    for i in ids:
        proxy.delete_product(DeleteProductRequest(product_id=i))  # expect: MST101 ~10/s


def c(ids):
    rm = functools.partial(getattr(proxy, "delete_product"))
    for i in ids:
        rm(DeleteProductRequest(product_id=i))  # expect: MST101 ~10/s


ACTIONS = {"purge": "delete_product", "make": "create_product"}


def d(ids):
    for i in ids:
        # the name comes from a table of constants: delete_product, 10/s > 3/s in cn-east-3
        getattr(gw._client, ACTIONS["purge"])(DeleteProductRequest(product_id=i))  # expect: MST101 ~10/s
