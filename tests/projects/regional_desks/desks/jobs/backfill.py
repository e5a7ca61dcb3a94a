"""Nightly back-fill of the product catalogue into the Shanghai and Beijing sites."""
from huaweicloudsdkmetastudio.v1 import CreateProductRequest, ListProductsRequest

from desks.registry import CLIENTS, ORDERED


def backfill_shanghai(products):
    for product in products:
        CLIENTS["sh"].create_product(CreateProductRequest(body=product))  # expect: MST101 ~10/s


def count_everywhere():
    totals = []
    for client in ORDERED:
        totals.append(client.list_products(ListProductsRequest(limit=1)))
    return totals


def backfill_beijing(products):
    for product in products:
        ORDERED[0].create_product(CreateProductRequest(body=product))  # expect: MST101 ~10/s
