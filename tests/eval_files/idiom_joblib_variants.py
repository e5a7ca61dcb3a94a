"""joblib over every core, and a Parallel object used as a context manager."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import CreateProductRequest, CreateProductRequestBody, MetaStudioClient, ShowProductRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion
import joblib

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def create(name):
    client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))


def show(product_id):
    return client.show_product(ShowProductRequest(product_id=product_id))


def create_everywhere(names):
    # n_jobs=-1: one worker per core, a bound the code does not state: 32 x 10/s = 320/s > 4/s
    joblib.Parallel(n_jobs=-1, prefer="threads")(joblib.delayed(create)(n) for n in names)  # expect: MST102 ~320/s


def create_two(names):
    with joblib.Parallel(n_jobs=2) as parallel:
        # 2 x 10/s = 20/s > 4/s
        return parallel(joblib.delayed(create)(n) for n in names)  # expect: MST102 ~20/s


def show_two(product_ids):
    # 2 x 10/s = 20/s <= 20/s (show_product)
    return joblib.Parallel(n_jobs=2)(joblib.delayed(show)(p) for p in product_ids)
