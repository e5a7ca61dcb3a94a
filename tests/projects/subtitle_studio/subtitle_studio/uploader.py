"""Upload narration audio and caption files to MetaStudio asset storage, paced under the API limits."""
import base64
import hashlib
import logging
import pathlib
import sys

import requests

from .services import ScriptCatalog
from .throttle import UPLOAD_GAP_S, pace

log = logging.getLogger(__name__)

CONTENT_TYPES = {".mp3": "audio/mpeg", ".wav": "audio/wav", ".srt": "application/x-subrip", ".vtt": "text/vtt"}


class PacedUploader:
    def __init__(self, catalog: ScriptCatalog):
        self.catalog = catalog
        self.session = requests.Session()

    def upload_one(self, path: pathlib.Path, asset_id: str) -> str:
        data = path.read_bytes()
        md5 = base64.b64encode(hashlib.md5(data).digest()).decode()
        created = self.catalog.new_file(path.name, md5, len(data), path.suffix.lstrip(".").upper(), asset_id)
        headers = {"Content-Type": CONTENT_TYPES.get(path.suffix, "application/octet-stream"), "Content-MD5": md5}
        put = self.session.put(created.upload_url, data=data, headers=headers, timeout=120)
        ok = put.ok
        self.catalog.confirm_upload(created.file_id, ok=ok)
        if not ok:
            raise RuntimeError(f"upload of {path} failed: HTTP {put.status_code}")
        return created.file_id

    def upload_all(self, asset_id: str, paths):
        file_ids = []
        for path in paths:
            file_ids.append(self.upload_one(path, asset_id))
            pace(UPLOAD_GAP_S)
        log.info("uploaded %d files to asset %s", len(file_ids), asset_id)
        return file_ids


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    uploader = PacedUploader(ScriptCatalog())
    print(uploader.upload_all(sys.argv[1], [pathlib.Path(p) for p in sys.argv[2:]]))
