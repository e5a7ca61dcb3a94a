"""Retry loops: throttling-capable errors retried at once, connection errors only, and a failover."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import CreateProductRequest, CreateProductRequestBody, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion
from tenacity import retry, retry_if_exception_type, stop_after_attempt

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)
MIRRORS = ("https://metastudio.cn-north-4.myhuaweicloud.com", "https://metastudio-api.cn-north-4.myhuaweicloud.com")


def create_mixed(name):
    req = CreateProductRequest(body=CreateProductRequestBody(name=name))
    while True:
        try:
            # a ClientRequestException can be APIGW.0308: retried at once
            return client.create_product(req)  # expect: MST104
        except (exceptions.ConnectionException, exceptions.ClientRequestException):
            continue


def create_service_error(name):
    req = CreateProductRequest(body=CreateProductRequestBody(name=name))
    for _ in range(3):
        try:
            return client.create_product(req)  # expect: MST104
        except exceptions.ServiceResponseException:
            pass
    return None


def create_bare(name):
    req = CreateProductRequest(body=CreateProductRequestBody(name=name))
    while True:
        try:
            return client.create_product(req)  # expect: MST104
        except:  # noqa: E722
            continue


def create_on_timeouts(name):
    req = CreateProductRequest(body=CreateProductRequestBody(name=name))
    for _ in range(3):
        try:
            return client.create_product(req)
        except (exceptions.RequestTimeoutException, exceptions.HostUnreachableException):
            continue
    return None


def create_failover(name):
    req = CreateProductRequest(body=CreateProductRequestBody(name=name))
    for endpoint in MIRRORS:
        mirror = MetaStudioClient.new_builder().with_endpoint(endpoint).build()
        try:
            return mirror.create_product(req)
        except exceptions.SdkException:
            continue
    raise RuntimeError("no mirror answered")


@retry(stop=stop_after_attempt(3), retry=retry_if_exception_type(exceptions.HostUnreachableException))
def create_when_reachable(req):
    # tenacity retries only an unreachable host: never a throttled call
    return client.create_product(req)


@retry(stop=stop_after_attempt(3), retry=retry_if_exception_type((exceptions.ConnectionException,
                                                                   exceptions.ClientRequestException)))
def create_retrying_throttling(req):
    return client.create_product(req)  # expect: MST104
