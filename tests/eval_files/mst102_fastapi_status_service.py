"""Internal FastAPI service the studio dashboard calls to show video-job and asset status."""
import asyncio
import os
from typing import List

from fastapi import FastAPI
from pydantic import BaseModel
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    FilesCreateReq,
    CreateFileRequest,
    MetaStudioClient,
    Show2DDigitalHumanVideoRequest,
    ShowAssetRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

app = FastAPI(title="studio-status")

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.value_of("cn-north-4"))
    .build()
)

_ASSET_SLOTS = asyncio.Semaphore(2)


class Ids(BaseModel):
    ids: List[str]


class Upload(BaseModel):
    asset_id: str
    files: List[dict]


async def job_state(job_id: str) -> dict:
    req = Show2DDigitalHumanVideoRequest(job_id=job_id)
    resp = await asyncio.to_thread(client.show2_d_digital_human_video, req)
    return {"job_id": job_id, "state": resp.state, "duration": resp.duration}


@app.post("/jobs/state")
async def jobs_state(body: Ids):
    # unbounded gather: 32 (default max concurrency) x 10/s = 320/s > 20/s
    return await asyncio.gather(
        *(job_state(job_id) for job_id in body.ids)  # expect: MST102
    )


async def asset_state(asset_id: str) -> dict:
    async with _ASSET_SLOTS:
        resp = await asyncio.to_thread(client.show_asset, ShowAssetRequest(asset_id=asset_id))
    return {"asset_id": asset_id, "state": resp.asset_state}


@app.post("/assets/state")
async def assets_state(body: Ids):
    # Semaphore(2): 2 x 10/s = 20/s, not above 20/s: no finding
    return await asyncio.gather(*[asset_state(a) for a in body.ids])


@app.post("/assets/upload-urls")
async def upload_urls(body: Upload):
    reqs = [
        CreateFileRequest(body=FilesCreateReq(file_name=f["name"], file_md5=f["md5"], file_size=f["size"],
                                              file_type=f["type"], asset_id=body.asset_id))
        for f in body.files
    ]
    # 32 x 10/s > 10/s (create_file)
    resps = await asyncio.gather(
        *[asyncio.to_thread(client.create_file, r) for r in reqs]  # expect: MST102
    )
    return [{"file_id": r.file_id, "upload_url": r.upload_url} for r in resps]
