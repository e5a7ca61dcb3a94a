"""Plain-HTTPS calls for the web worker and the lexicon sync, authenticated with an IAM token."""
import asyncio
import logging
import time

import httpx
import requests

from . import config

log = logging.getLogger(__name__)


def _headers(token: str) -> dict:
    return {"X-Auth-Token": token, "Content-Type": "application/json"}


class RestTts:
    """Async TTS jobs over httpx, for the asyncio web worker where the SDK's blocking client is in the way."""

    def __init__(self, token: str, project_id: str):
        self.token = token
        self.project_id = project_id

    async def _post_job(self, http: httpx.AsyncClient, text: str, voice: str) -> str:
        resp = await http.post(
            f"{config.REST_ENDPOINT}/v1/{self.project_id}/ttsc/async-jobs",
            json={"text": text, "voice_asset_id": voice, "audio_format": "MP3"},
        )
        resp.raise_for_status()
        return resp.json()["job_id"]

    async def submit_all(self, texts, voice: str):
        async with httpx.AsyncClient(headers=_headers(self.token), timeout=30) as http:
            return await asyncio.gather(*(self._post_job(http, text, voice) for text in texts))  # expect: MST102 ~320/s

    async def states(self, job_ids):
        slots = asyncio.Semaphore(2)  # two in flight at ~10/s each: within the 20/s of the status API
        async with httpx.AsyncClient(base_url=config.REST_ENDPOINT, headers=_headers(self.token), timeout=30) as http:

            async def one(job_id):
                async with slots:
                    resp = await http.get(f"/v1/{self.project_id}/ttsc/async-jobs/{job_id}")
                resp.raise_for_status()
                return job_id, resp.json().get("state")

            return dict(await asyncio.gather(*(one(job_id) for job_id in job_ids)))


def _post_vocabulary(token: str, project_id: str, entry: dict, attempts: int = 4):
    url = f"{config.REST_ENDPOINT}/v1/{project_id}/ttsc/vocabulary-configs"
    for attempt in range(attempts):
        resp = requests.post(url, headers=_headers(token), json=entry, timeout=10)  # expect: MST104
        if resp.status_code == 429:
            log.warning("lexicon upload throttled (attempt %d/%d)", attempt + 1, attempts)
            continue
        resp.raise_for_status()
        return resp.json()
    raise RuntimeError(f"lexicon entry {entry.get('source_text')!r} kept being throttled")


def upload_lexicon(token: str, project_id: str, entries):
    """Push custom pronunciations (``source_text`` -> ``target_text``) one by one."""
    for entry in entries:
        _post_vocabulary(token, project_id, entry)
        time.sleep(0.2)
