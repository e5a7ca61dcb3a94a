"""Upload session used by the asset-ingest service: create file -> PUT to OBS -> confirm."""
import hashlib
import logging
import os
import time
from typing import Optional

import requests
from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException, SdkException
from huaweicloudsdkmetastudio.v1 import (
    ConfirmFileUploadRequest,
    ConfirmFileUploadRequestBody,
    CreateFileRequest,
    FilesCreateReq,
    MetaStudioClient,
)

log = logging.getLogger(__name__)


class UploadSession:
    def __init__(self, client: Optional["MetaStudioClient"] = None, backoff_s: float = 1.0):
        self._client = client
        self._backoff = backoff_s

    def _create_file(self, req):
        return self._client.create_file(req)

    def _create_with_retry(self, req):
        for _ in range(10):
            try:
                return self._create_file(req)  # expect: MST104
            except SdkException as e:
                if "APIGW.0308" not in str(e):
                    raise
                log.info("throttled, retrying create_file")
        raise RuntimeError("create_file still throttled after 10 attempts")

    def _confirm_with_retry(self, file_id):
        body = ConfirmFileUploadRequestBody(state="CREATED")
        for attempt in range(4):
            try:
                return self._client.confirm_file_upload(ConfirmFileUploadRequest(file_id=file_id, body=body))
            except ClientRequestException as e:
                if e.error_code != "APIGW.0308":
                    raise
                # backoff on the retry path: no finding
                time.sleep(self._backoff * (attempt + 1))
        raise RuntimeError(f"could not confirm {file_id}")

    def upload(self, asset_id: str, path: str, file_type: str = "MP4") -> str:
        with open(path, "rb") as fh:
            data = fh.read()
        req = CreateFileRequest(body=FilesCreateReq(
            file_name=os.path.basename(path), file_md5=hashlib.md5(data).hexdigest(),
            file_size=len(data), file_type=file_type, asset_id=asset_id,
        ))
        created = self._create_with_retry(req)
        requests.put(created.upload_url, data=data, timeout=300).raise_for_status()
        self._confirm_with_retry(created.file_id)
        return created.file_id
