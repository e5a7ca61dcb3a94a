"""Upload bumper clips as files of a MetaStudio video asset."""
import base64
import hashlib
import os
from contextlib import ExitStack

import requests
from huaweicloudsdkmetastudio.v1 import (
    ConfirmFileUploadRequest,
    ConfirmFileUploadRequestBody,
    CreateFileRequest,
    FilesCreateReq,
)


class AssetFiles:
    def __init__(self, client):
        self.client = client

    def _op(self, verb: str, noun: str, request):
        return getattr(self.client, f"{verb}_{noun}")(request)

    def upload_all(self, asset_id: str, paths) -> list:
        file_ids = []
        with ExitStack() as stack:
            for path in paths:
                data = stack.enter_context(open(path, "rb")).read()
                md5 = base64.b64encode(hashlib.md5(data).digest()).decode()
                spec = FilesCreateReq(file_name=os.path.basename(path), file_md5=md5, file_size=len(data),
                                      file_type="MP4", asset_id=asset_id, asset_file_category="MAIN")
                created = self._op("create", "file", CreateFileRequest(body=spec))
                put = requests.put(created.upload_url, data=data, headers={"Content-MD5": md5}, timeout=300)
                put.raise_for_status()
                done = ConfirmFileUploadRequestBody(state="CREATED")
                self._op("confirm", "file_upload", ConfirmFileUploadRequest(file_id=created.file_id, body=done))
                file_ids.append(created.file_id)
        return file_ids
