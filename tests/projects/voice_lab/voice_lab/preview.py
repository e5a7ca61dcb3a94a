"""Short previews of catalogue voices for the product team's voice page."""
from __future__ import annotations

import logging
import time
from collections.abc import Sequence

from huaweicloudsdkmetastudio.v1 import (
    CreateTTSAuditionRequestBody,
    CreateTtsAuditionRequest,
    ShowTtsAuditionFileRequest,
)

from voice_lab.catalog import voice_asset_id
from voice_lab.clients import preview_client

log = logging.getLogger(__name__)


def audition(lines: Sequence[str], voice: str) -> list[str]:
    """Start one preview job per sample sentence; returns the job ids."""
    client = preview_client()
    asset_id = voice_asset_id(voice)
    job_ids: list[str] = []
    for text in lines:
        body = CreateTTSAuditionRequestBody(text=text, voice_asset_id=asset_id)
        resp = client.create_tts_audition(CreateTtsAuditionRequest(body=body))  # expect: MST101 ~10/s
        job_ids.append(resp.job_id)
    log.info("%d previews started for %s", len(job_ids), voice)
    return job_ids


def fetch_preview(job_id: str, timeout_s: float = 60.0) -> str:
    client = preview_client()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        resp = client.show_tts_audition_file(ShowTtsAuditionFileRequest(job_id=job_id))
        if resp.is_file_complete:
            return resp.files[0].audio_file_url
        time.sleep(1.0)
    raise TimeoutError(f"preview {job_id} not ready after {timeout_s:.0f} s")
