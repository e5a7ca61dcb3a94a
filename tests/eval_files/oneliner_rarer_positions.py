"""Loops in the rarer places a body can be: a `while` loop's `else:`, a class
body (it runs once, when the class is defined), a `match` case, `except*`,
`async with` and a walrus test, several on one line."""
import asyncio
import time

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import CreateProductRequest, MetaStudioClient

client = MetaStudioClient.new_builder().build()


def by_kind(items):
    for kind, body in items:
        match kind:
            case "product": client.create_product(CreateProductRequest(body=body))  # expect: MST101 ~10/s
            case _: pass


def grouped(items):
    for body in items:
        try:
            client.create_product(CreateProductRequest(body=body))  # expect: MST101 ~10/s
        except* ClientRequestException:
            pass


def after_the_scan(items):
    i = 0
    while i < len(items):
        i += 1
    else:
        for b in items: client.create_product(CreateProductRequest(body=b))  # expect: MST101 ~10/s


class Seeder:
    """Seeds the demo catalog when the module is imported."""
    for b in range(10): client.create_product(CreateProductRequest(body=b))  # expect: MST101 ~10/s


async def locked(items, lock):
    for b in items:
        async with lock: client.create_product(CreateProductRequest(body=b))  # expect: MST101 ~10/s


def drain(items):
    while (b := items.pop()): client.create_product(CreateProductRequest(body=b))  # expect: MST101 ~10/s


def paced(items):
    while items:
        b = items.pop(); client.create_product(CreateProductRequest(body=b)); asyncio.run(asyncio.sleep(1))


class PacedSeeder:
    import time
    for b in range(10): client.create_product(CreateProductRequest(body=b)); time.sleep(1)


def unreachable_pause(items):
    # the sleep after `continue` never runs: the loop is not paced
    for b in items:
        client.create_product(CreateProductRequest(body=b))  # expect: MST101 ~10/s
        continue
        time.sleep(1)
