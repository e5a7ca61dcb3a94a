"""Thin functions over the SDK calls the jobs need."""
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    Show2DDigitalHumanVideoRequest,
    ShowAssetRequest,
)


def create_product(client, row):
    body = CreateProductRequestBody(name=row["name"], description=row.get("description", ""))
    return client.create_product(CreateProductRequest(body=body))


def asset_details(client, asset_id):
    return client.show_asset(ShowAssetRequest(asset_id=asset_id))


def video_job(client, job_id):
    return client.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id))
