"""Seed a demo tenant for the sales team: a handful of products and numbered placeholder products."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    CreateVideoScriptsReq,
    CreateVideoScriptsRequest,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


def make_client():
    creds = BasicCredentials(os.environ["DEMO_AK"], os.environ["DEMO_SK"], os.environ["DEMO_PROJECT_ID"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_NORTH_4).build()


def seed_showcase(client):
    created = []
    # literal list of 4: 4 calls fit within one second's 4/s (create_product): no finding
    for name, desc in [
        ("Trail shoe X1", "Lightweight trail running shoe"),
        ("Rain shell", "Packable waterproof jacket"),
        ("Thermo flask", "Keeps drinks hot for 12 h"),
        ("Headlamp 400", "400 lumen USB-C headlamp"),
    ]:
        body = CreateProductRequestBody(name=name, description=desc, tags=["demo"])
        created.append(client.create_product(CreateProductRequest(body=body)).product_id)
    return created


def seed_placeholders(client):
    ids = []
    for i in range(6):
        body = CreateProductRequestBody(name=f"Placeholder {i + 1}", description="to be replaced", tags=["demo"])
        # range(6): 6 calls do not fit in 4/s; 10/s > 4/s
        ids.append(client.create_product(CreateProductRequest(body=body)).product_id)  # expect: MST101 ~10/s @20
    return ids


def seed_scripts(client: MetaStudioClient, model_asset_id):
    # range(3): 3 calls <= 10/s (create_video_scripts): no finding
    return [
        client.create_video_scripts(
            CreateVideoScriptsRequest(
                body=CreateVideoScriptsReq(script_name=f"demo-script-{n}", model_asset_id=model_asset_id)
            )
        )
        for n in range(3)
    ]


if __name__ == "__main__":
    c = make_client()
    print(seed_showcase(c))
    print(seed_placeholders(c))
    print(seed_scripts(c, os.environ["DEMO_MODEL_ASSET_ID"]))
