"""Move the studio's media off AWS IoT SiteWise / S3 and into MetaStudio assets.

Only the MetaStudio calls are throttled by the MetaStudio gateway; the boto3, OBS and requests
calls below have the same method names in places but are other services.
"""
import hashlib
import os

import boto3
import requests
from obs import ObsClient
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    ConfirmFileUploadRequest,
    ConfirmFileUploadRequestBody,
    CreateFileRequest,
    FilesCreateReq,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

BUCKET = "studio-media-archive"
CMS = "https://cms.example.internal/api/v2/media"

ms = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)
obs = ObsClient(
    access_key_id=os.environ["HW_AK"],
    secret_access_key=os.environ["HW_SK"],
    server="https://obs.cn-north-4.myhuaweicloud.com",
)


def retire_sitewise_assets():
    client = boto3.client("iotsitewise", region_name="eu-west-1")
    token = None
    while True:
        kwargs = {"nextToken": token} if token else {}
        page = client.list_assets(filter="TOP_LEVEL", **kwargs)
        for summary in page["assetSummaries"]:
            client.delete_asset(assetId=summary["id"])
        token = page.get("nextToken")
        if not token:
            break


def archived_keys(prefix):
    marker = None
    while True:
        resp = obs.listObjects(BUCKET, prefix=prefix, marker=marker, max_keys=1000)
        for item in resp.body.contents:
            yield item.key
        if not resp.body.is_truncated:
            return
        marker = resp.body.next_marker


def md5_of(path):
    digest = hashlib.md5()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def upload_to_metastudio(paths):
    for path in paths:
        spec = FilesCreateReq(
            file_name=os.path.basename(path),
            file_md5=md5_of(path),
            file_size=os.path.getsize(path),
            file_type="MP4",
        )
        # two SDK calls per file: 0.2 s per file -> 5/s each, limits 10/s
        created = ms.create_file(CreateFileRequest(body=spec))
        with open(path, "rb") as fh:
            requests.put(created.upload_url, data=fh, timeout=600)
        ms.confirm_file_upload(
            ConfirmFileUploadRequest(file_id=created.file_id, body=ConfirmFileUploadRequestBody(state="CREATED"))
        )
        requests.post(CMS, json={"path": path, "metastudio_file": created.file_id}, timeout=10)


def main():
    retire_sitewise_assets()
    s3 = boto3.client("s3")
    for key in archived_keys("videos/"):
        obs.getObject(BUCKET, key, downloadPath="/tmp/" + os.path.basename(key))
        s3.delete_object(Bucket="legacy-studio-media", Key=key)
    local = [os.path.join("/tmp", f) for f in os.listdir("/tmp") if f.endswith(".mp4")]
    upload_to_metastudio(local)


if __name__ == "__main__":
    main()
