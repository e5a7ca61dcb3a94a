"""An operations console that dispatches SDK operations by name."""
import os
import sys

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    CreateProductRequest,
    CreateProductRequestBody,
    DeleteProductRequest,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

PURGE_ACTION = "delete_product"
CREATE_ACTION = "create_product"

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def call(op, req):
    """Run one SDK operation by name, with uniform logging."""
    print("->", op)
    return getattr(client, op)(req)


def render(script_ids, model_asset_id):
    for script_id in script_ids:
        body = Create2DDigitalHumanVideoReq(script_id=script_id, model_asset_id=model_asset_id)
        # 10/s > 5/s (create2_d_digital_human_video)
        getattr(client, "create2_d_digital_human_video")(Create2DDigitalHumanVideoRequest(body=body))  # expect: MST101 ~10/s


def purge(product_ids):
    remove = getattr(client, PURGE_ACTION)
    for pid in product_ids:
        remove(DeleteProductRequest(product_id=pid))  # expect: MST101 ~10/s


def seed(names):
    for name in names:
        call(CREATE_ACTION, CreateProductRequest(body=CreateProductRequestBody(name=name)))  # expect: MST101 ~10/s


def seed_literal(names):
    for name in names:
        call("create_product", CreateProductRequest(body=CreateProductRequestBody(name=name)))  # expect: MST101 ~10/s


if __name__ == "__main__":
    {"render": lambda: render(sys.argv[3:], sys.argv[2]), "purge": lambda: purge(sys.argv[2:])}[sys.argv[1]]()
