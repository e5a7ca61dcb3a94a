"""tenacity's Retrying as an iterator: `for attempt in Retrying(...): with
attempt: ...` goes round only when the attempt failed. Without `wait=` it
retries at once (MST104); with one, the loop around it decides the rate."""
import time

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import CreateProductRequest, MetaStudioClient, UpdateProductRequest
from tenacity import AsyncRetrying, Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

client = MetaStudioClient.new_builder().build()


def rename(product_id, name):
    for attempt in Retrying(stop=stop_after_attempt(4), retry=retry_if_exception_type(ClientRequestException)):
        with attempt:
            client.update_product(UpdateProductRequest(product_id=product_id, body={"name": name}))  # expect: MST104


def create(body):
    for attempt in Retrying(wait=wait_exponential(max=30), stop=stop_after_attempt(5), reraise=True):
        with attempt:
            product = client.create_product(CreateProductRequest(body=body))
    return product


def create_all(bodies):
    for body in bodies:
        create(body)  # expect: MST101 ~10/s


def create_all_paced(bodies):
    for body in bodies:
        create(body)
        time.sleep(0.5)


async def arename(product_id, name):
    async for attempt in AsyncRetrying(stop=stop_after_attempt(3)):
        with attempt:
            client.update_product(UpdateProductRequest(product_id=product_id, body={"name": name}))  # expect: MST104
