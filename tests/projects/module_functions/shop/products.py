"""Thin functions over the SDK calls the jobs need."""
from huaweicloudsdkmetastudio.v1 import CreateProductRequest, CreateProductRequestBody


def create_product(client, row):
    body = CreateProductRequestBody(name=row["name"])
    return client.create_product(CreateProductRequest(body=body))
