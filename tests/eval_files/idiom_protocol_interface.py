"""Code typed against an interface (a Protocol) that the real client satisfies, and a fake for tests."""
from typing import Protocol

from huaweicloudsdkmetastudio.v1 import CreateProductRequest, CreateProductRequestBody


class CatalogClient(Protocol):
    def create_product(self, request: CreateProductRequest):
        ...


class FakeCatalog:
    def __init__(self):
        self.sent = []

    def create_product(self, request):
        self.sent.append(request)


def seed(client: CatalogClient, names):
    for name in names:
        # the Protocol only describes the method: the request says it is the SDK's, 10/s > 4/s
        client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))  # expect: MST101 ~10/s


def exercise(names):
    fake = FakeCatalog()
    for name in names:
        fake.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))
    return fake.sent
