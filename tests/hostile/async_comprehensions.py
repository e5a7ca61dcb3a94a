"""Hostile input: async comprehensions, async generators and async
iteration around MetaStudio SDK calls.
(Loaded by tests/test_hostile_inputs.py; not meant to be run.)"""
import asyncio

from huaweicloudsdkmetastudio.v1 import (CreateProductRequest, MetaStudioAsyncClient, MetaStudioClient,
                                         ShowAssetRequest)

client = MetaStudioClient.new_builder().build()
aclient = MetaStudioAsyncClient.new_builder().build()


async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def ids(source):
    async for page in source:
        for item in page:
            yield item


async def gather_all(source):
    shown = [client.show_asset(ShowAssetRequest(asset_id=i)) async for i in ids(source)]
    made = {i: client.create_product(CreateProductRequest()) async for i in ticker(100)}
    lazy = (client.show_asset(ShowAssetRequest(asset_id=i)) async for i in ticker(10**100) if i)
    nested = [[await asyncio.to_thread(client.show_asset, ShowAssetRequest(asset_id=j)) for j in row]
              async for row in ids(source)]
    waited = [await x async for x in lazy]
    futures = [aclient.show_asset_async(ShowAssetRequest(asset_id=i)) async for i in ticker(50)]
    results = await asyncio.gather(*[asyncio.to_thread(f.result) for f in futures])
    sets = {await asyncio.to_thread(client.create_product, CreateProductRequest()) async for _ in ticker(5)}
    return shown, made, nested, waited, results, sets


async def async_with_and_for(source):
    async with asyncio.timeout(10):
        async for i in ids(source):
            async for j in ticker(i):
                client.create_product(CreateProductRequest())
                await asyncio.gather(*(asyncio.to_thread(client.show_asset, ShowAssetRequest(asset_id=k))
                                       async for k in ticker(j)))


if __name__ == "__main__":
    asyncio.run(gather_all([[1, 2]]))
