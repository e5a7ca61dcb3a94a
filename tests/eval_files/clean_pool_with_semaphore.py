"""Asset audit: a wide thread pool for the local work, a semaphore around the MetaStudio calls.

Expected: no finding.
"""
import functools
import hashlib
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import requests
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    MetaStudioClient,
    ShowAssetRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

_API_SLOTS = threading.BoundedSemaphore(2)

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def audit_one(asset_id: str) -> dict:
    with _API_SLOTS:
        detail = client.show_asset(ShowAssetRequest(asset_id=asset_id))
    files = detail.files or []
    digests = {}
    for f in files:
        blob = requests.get(f.download_url, timeout=120).content
        digests[f.file_name] = hashlib.sha256(blob).hexdigest()
    return {"asset_id": asset_id, "state": detail.asset_state, "files": digests}


def audit(asset_ids: list) -> list:
    with ThreadPoolExecutor(max_workers=16) as pool:
        # 16 threads, but BoundedSemaphore(2) around the call: 2 x 10/s = 20/s <= 20/s
        return list(pool.map(audit_one, asset_ids))


def create_paced(name: str, description: str):
    resp = client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name, description=description)))
    time.sleep(0.5)
    return resp.product_id


def restore_catalogue(items: list) -> list:
    with ThreadPoolExecutor(max_workers=2) as pool:
        # 2 workers x 1 / (0.1 + 0.5) = 3.33/s <= 4/s (create_product)
        futures = [pool.submit(functools.partial(create_paced, i["name"], i["description"])) for i in items]
        return [f.result() for f in futures]
