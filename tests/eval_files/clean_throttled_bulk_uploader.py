# flake8-options: --metastudio-region=cn-east-3 --metastudio-latency=0.05
"""Bulk uploader for the studio's B-roll library, throttled with our own token bucket.

Expected: no finding. Without the throttles these loops would be over the limits
(0.05 s latency: 10/s per API > 5/s for assets and files, 20/s > 3/s for products in cn-east-3).
"""
import hashlib
import os
import threading
import time
from pathlib import Path

import requests
from pyrate_limiter import Duration, Limiter, Rate
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateDigitalAssetRequest,
    CreateDigitalAssetRequestBody,
    CreateFileRequest,
    CreateProductRequest,
    CreateProductRequestBody,
    FilesCreateReq,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


class TokenBucket:
    """Tiny thread-safe token bucket: `rate` tokens per second."""

    def __init__(self, rate: float):
        self._interval = 1.0 / rate
        self._next = time.monotonic()
        self._lock = threading.Lock()

    def acquire(self):
        with self._lock:
            now = time.monotonic()
            wait = self._next - now
            self._next = max(now, self._next) + self._interval
        if wait > 0:
            time.sleep(wait)

    __enter__ = acquire

    def __exit__(self, *exc):
        return False


class BrollUploader:
    def __init__(self, client: MetaStudioClient, per_second: float = 3):
        self._client = client
        self._throttle = TokenBucket(per_second)

    def upload_dir(self, folder: Path):
        for path in sorted(folder.glob("*.mp4")):
            data = path.read_bytes()
            self._throttle.acquire()
            asset = self._client.create_digital_asset(CreateDigitalAssetRequest(
                body=CreateDigitalAssetRequestBody(asset_name=path.stem, asset_type="VIDEO")
            ))
            self._throttle.acquire()
            f = self._client.create_file(CreateFileRequest(body=FilesCreateReq(
                file_name=path.name, file_md5=hashlib.md5(data).hexdigest(), file_size=len(data),
                file_type="MP4", asset_id=asset.asset_id,
            )))
            requests.put(f.upload_url, data=data, timeout=600).raise_for_status()


rate_limiter = TokenBucket(2)


def create_products(client: MetaStudioClient, names):
    for name in names:
        with rate_limiter:
            client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))


product_bucket = Limiter(Rate(3, Duration.SECOND), raise_when_fail=False, max_delay=Duration.SECOND * 5)


def create_products_bucketed(client: MetaStudioClient, names):
    for name in names:
        product_bucket.try_acquire("create_product")
        # pyrate_limiter Rate(3, Duration.SECOND): 3/s <= 3/s (create_product, cn-east-3)
        client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))


if __name__ == "__main__":
    ms = MetaStudioClient.new_builder().with_credentials(
        BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
    ).with_region(MetaStudioRegion.CN_EAST_3).build()
    BrollUploader(ms).upload_dir(Path(os.environ["BROLL_DIR"]))
