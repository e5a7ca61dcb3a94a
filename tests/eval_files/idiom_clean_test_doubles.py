"""A fake client for tests, named like the SDK: its methods never reach MetaStudio."""
import time

from huaweicloudsdkmetastudio.v1 import CreateProductRequest, CreateProductRequestBody, DeleteProductRequest


class FakeMetaStudio:
    """Records requests instead of sending them."""

    def __init__(self):
        self.sent = []

    def create_product(self, request):
        self.sent.append(request)

    def delete_product(self, request):
        self.sent.append(request)


class PacedCatalog:
    """Wraps a real client and keeps under 4/s by itself."""

    def __init__(self, client):
        self.client = client

    def create_product(self, request):
        self.client.create_product(request)
        time.sleep(0.2)  # 1 / 0.3 s = 3.3/s <= 4/s


def exercise(names):
    fake = FakeMetaStudio()
    for name in names:
        fake.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))
    for name in names:
        fake.delete_product(DeleteProductRequest(product_id=name))
    return fake.sent


def seed(catalog: PacedCatalog, names):
    for name in names:
        catalog.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))
