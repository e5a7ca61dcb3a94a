# flake8-options: --metastudio-worker-concurrency=2
"""Celery tasks run by two worker processes (the option says so)."""
import os

from celery import group, shared_task
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import CreateProductRequest, CreateProductRequestBody, MetaStudioClient, ShowProductRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


def _client():
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_NORTH_4).build()


@shared_task(rate_limit="2/s")
def create_paced(name):
    _client().create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))


@shared_task
def create_fast(name):
    _client().create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))


@shared_task
def show(product_id):
    return _client().show_product(ShowProductRequest(product_id=product_id))


def queue_paced(names):
    for name in names:
        # 2 workers x 2/s (rate_limit) = 4/s <= 4/s
        create_paced.delay(name)


def queue_fast(names):
    for name in names:
        # 2 workers x 10/s = 20/s > 4/s
        create_fast.apply_async((name,))  # expect: MST102 ~20/s


def queue_shows(product_ids):
    # 2 workers x 10/s = 20/s <= 20/s (show_product)
    return group(show.s(p) for p in product_ids)()


def queue_fast_group(names):
    return group([create_fast.s(n) for n in names]).delay()  # expect: MST102 ~20/s


@shared_task(rate_limit=os.environ.get("CREATE_RATE", "1/s"))
def create_configured(name):
    _client().create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))


def queue_configured(names):
    for name in names:
        # a rate_limit the code does not state: throttled on purpose, nothing to judge
        create_configured.delay(name)
