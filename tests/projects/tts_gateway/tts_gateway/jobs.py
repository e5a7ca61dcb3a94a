"""Batch work behind the gateway's endpoints."""
import asyncio
import logging
import time
from typing import List

import httpx
from huaweicloudsdkcore.exceptions import exceptions

from tts_gateway import settings
from tts_gateway.deps import auth_headers
from tts_gateway.service import TtsService

log = logging.getLogger(__name__)

TERMINAL_STATES = {"SUCCEED", "FAILED"}


def synthesize_batch(svc: TtsService, texts: List[str], voice_asset_id: str, callback_url: str) -> List[str]:
    """Runs as a BackgroundTask: one async TTS job per paragraph, then tells the caller."""
    job_ids = []
    for text in texts:
        try:
            job_ids.append(svc.submit(text, voice_asset_id))  # expect: MST101 ~10.0/s
        except exceptions.ClientRequestException as exc:
            log.warning("tts submit failed (%s): %s", exc.error_code, text[:40])
    httpx.post(callback_url, json={"job_ids": job_ids}, timeout=10)
    return job_ids


def wait_for_job(svc: TtsService, job_id: str, timeout_s: float = settings.WAIT_TIMEOUT_S):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        job = svc.status(job_id)  # expect: MST103
        if job.state in TERMINAL_STATES:
            return job
    raise TimeoutError(f"TTS job {job_id} still running after {timeout_s:.0f}s")


async def _fetch_status(http: httpx.AsyncClient, job_id: str) -> dict:
    resp = await http.get(f"{settings.TTS_JOBS_PATH}/{job_id}")
    resp.raise_for_status()
    return {"job_id": job_id, **resp.json()}


async def refresh_statuses(job_ids: List[str]) -> List[dict]:
    async with httpx.AsyncClient(base_url=settings.METASTUDIO_ENDPOINT, headers=auth_headers(), timeout=10) as http:
        return await asyncio.gather(*(_fetch_status(http, job_id) for job_id in job_ids))  # expect: MST102 ~320.0/s
