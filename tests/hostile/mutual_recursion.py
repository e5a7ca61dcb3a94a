"""Hostile input: helpers that call each other (a -> b -> a, and longer
cycles, self-recursion, recursion through methods, lambdas and pools), each
calling the MetaStudio SDK inside loops.  The analysis must terminate quickly.
(Loaded by tests/test_hostile_inputs.py; not meant to be run.)"""
import time
from concurrent.futures import ThreadPoolExecutor

from huaweicloudsdkmetastudio.v1 import (CreateProductRequest, DeleteAssetRequest, ListAssetsRequest,
                                         MetaStudioClient, ShowAssetRequest)

client = MetaStudioClient.new_builder().build()


def a(items, depth=0):
    for item in items:
        client.create_product(CreateProductRequest())
        b(item, depth + 1)


def b(item, depth):
    for child in item.children:
        client.show_asset(ShowAssetRequest(asset_id=child))
        a(child.children, depth)


def c(ms, items):
    for item in items:
        ms.delete_asset(DeleteAssetRequest(asset_id=item))
        d(ms, items)
        e(ms, item)


def d(ms, items):
    while items:
        c(ms, items[1:])
        ms.list_assets(ListAssetsRequest())


def e(ms, item):
    for _ in range(3):
        c(ms, [item])
        f(ms)


def f(ms):
    return c(ms, [f(ms)]) or e(ms, f)


def purge(tree):
    for node in tree.children:
        client.delete_asset(DeleteAssetRequest(asset_id=node.id))
        purge(node)
        purge(purge(node))


class Walker:
    def __init__(self, ms):
        self.ms = ms

    def walk(self, node):
        for child in node:
            self.ms.show_asset(ShowAssetRequest(asset_id=child))
            self.visit(child)

    def visit(self, node):
        for _ in node:
            self.walk(node)
            Walker(self.ms).walk(node)


def pooled(items):
    with ThreadPoolExecutor(max_workers=8) as pool:
        for item in items:
            pool.submit(pooled, item)
            pool.submit(client.create_product, CreateProductRequest())
            list(pool.map(pooled, items))


g = lambda xs: [client.create_product(CreateProductRequest()) or g(xs) for x in xs]  # noqa: E731
h = lambda xs: k(xs)  # noqa: E731
k = lambda xs: [h(xs) for x in xs] + [client.show_asset(ShowAssetRequest(asset_id=x)) for x in xs]  # noqa: E731


def ping(n):
    for _ in range(n):
        pong(n)
        time.sleep(0)


def pong(n):
    for _ in range(n):
        client.create_product(CreateProductRequest())
        ping(n)


if __name__ == "__main__":
    a([1, 2, 3])
    c(client, [1, 2])
    purge(None)
    Walker(client).walk([1])
    pooled([1, 2])
    g([1])
    h([1])
    ping(10)
