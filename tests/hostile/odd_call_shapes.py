"""Hostile input: odd call shapes around MetaStudio SDK calls and sleeps.

Every statement here is valid Python; none of it should make the linter crash
or hang.  (Loaded by tests/test_hostile_inputs.py; not meant to be run.)"""
import asyncio
import functools
import time
from concurrent.futures import ThreadPoolExecutor

import huaweicloudsdkmetastudio
from aiolimiter import AsyncLimiter
from huaweicloudsdkmetastudio.v1 import CreateProductRequest, MetaStudioClient, ShowAssetRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = MetaStudioClient.new_builder().with_region(MetaStudioRegion.value_of("cn-north-4")).build()
METHOD = "create_product"
args, kwargs = (), {}


def dynamic_dispatch(rows):
    for row in rows:
        getattr(client, METHOD)(CreateProductRequest())
        getattr(client, "show_" + "asset")(ShowAssetRequest(asset_id=row))
        getattr(huaweicloudsdkmetastudio, "v1").MetaStudioClient.new_builder().build().create_product(row)


def lambdas(rows):
    make = lambda r: client.create_product(CreateProductRequest(body=r))  # noqa: E731
    for row in rows:
        make(row)
    list(map(lambda r: client.show_asset(ShowAssetRequest(asset_id=r)), rows))
    (lambda: client.create_product(CreateProductRequest()))()
    return [(lambda r=r: client.create_product(r))() for r in rows]


def weird_sleeps(rows):
    for row in rows:
        client.create_product(CreateProductRequest())
        time.sleep()
        time.sleep("x")
        time.sleep(None)
        time.sleep(1j)
        time.sleep(...)
        time.sleep(True)
        time.sleep(-1)
        time.sleep(float("nan"))
        time.sleep(1e400)
        time.sleep(-1e400)
        time.sleep(10**100)
        time.sleep(10**10**10)
        time.sleep(10**-10**10)
        time.sleep(-(10**10**10))
        time.sleep((-8) ** 0.5)
        time.sleep(0 ** -1)
        time.sleep(1 / 0)
        time.sleep(1 // 0)
        time.sleep(1 % 0)
        time.sleep(2 ** 0.5 ** 2 ** 64)
        time.sleep(*args)
        time.sleep(**kwargs)
        time.sleep(secs=1)
        time.sleep(1, 2, 3)
        asyncio.sleep(1e309)


def weird_ranges():
    for i in range(10**100):
        client.create_product(CreateProductRequest())
    for i in range(10**10**10):
        client.create_product(CreateProductRequest())
    for i in range(-(10**100), 10**100, 10**99):
        client.create_product(CreateProductRequest())
    for i in range(0, 10, 0):
        client.create_product(CreateProductRequest())
    for i in range():
        client.create_product(CreateProductRequest())
    for i in range(1.5):
        client.create_product(CreateProductRequest())
    for i in range("x"):
        client.create_product(CreateProductRequest())
    for i in range(*args):
        client.create_product(CreateProductRequest())
    for i in range(1e400):
        client.create_product(CreateProductRequest())
    for i in range(float("inf")):
        client.create_product(CreateProductRequest())
    for i in zip(range(10**100), range(10**10**10), []):
        client.create_product(CreateProductRequest())
    for i in enumerate(reversed(sorted(range(10**10**10)))):
        client.create_product(CreateProductRequest())


def weird_pools(reqs):
    with ThreadPoolExecutor(max_workers=0) as pool:
        list(pool.map(client.show_asset, reqs))
    with ThreadPoolExecutor(max_workers=-3) as pool:
        list(pool.map(client.show_asset, reqs))
    with ThreadPoolExecutor(max_workers=10**100) as pool:
        list(pool.map(client.show_asset, reqs))
    with ThreadPoolExecutor(max_workers="8") as pool:
        list(pool.map(client.show_asset, reqs))
    with ThreadPoolExecutor(*args, **kwargs) as pool:
        list(pool.map(*args))
        pool.submit()
        pool.submit(*args)
        list(pool.map())
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(functools.partial(client.create_product), reqs))
        list(pool.map(functools.partial(), reqs))


async def weird_limiters(reqs):
    for limiter in (AsyncLimiter(0, 1), AsyncLimiter(1, 0), AsyncLimiter(10**100, 10**-100), AsyncLimiter()):
        for req in reqs:
            async with limiter:
                client.create_product(req)
    sem = asyncio.Semaphore(0)
    async with sem:
        await asyncio.gather(*(asyncio.to_thread(client.show_asset, r) for r in reqs))
    await asyncio.gather()
    await asyncio.gather(*[])


def weird_sdk_calls(reqs):
    for req in reqs:
        client.create_product()
        client.create_product(*reqs)
        client.create_product(**kwargs)
        client.create_product(req, req, req, extra=1)
        client.create_product_async(req)
        client.create_product_invoker(req).invoke()
        client.create_product(req)()
        client.create_product(req).result().result()
        (client.create_product)(req)
        (client.create_product if req else client.show_asset)(req)
        [client.create_product][0](req)
        {"f": client.create_product}["f"](req)
        client.__class__.create_product(client, req)
        MetaStudioClient.create_product(client, req)


def not_really_a_client(things):
    client = None  # shadows the module client
    for t in things:
        client.create_product(t)
    for client in things:
        client.create_product(client)
    del client
