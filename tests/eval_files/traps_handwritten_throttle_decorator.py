"""A hand-written throttle decorator that sleeps as needed: the loop is throttled (no finding)."""
import time
import functools
from huaweicloudsdkmetastudio.v1 import MetaStudioClient, CreateProductRequest

client = MetaStudioClient.new_builder().build()


def throttle(rate):
    interval = 1.0 / rate
    def deco(fn):
        last = [0.0]
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            wait = last[0] + interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            last[0] = time.monotonic()
            return fn(*args, **kwargs)
        return wrapper
    return deco


@throttle(3)
def create(item):
    return client.create_product(CreateProductRequest(body=item))


def seed(items):
    for item in items:
        create(item)
