"""TTS helpers for the voice catalogue page. At peak time the gateway answers 429 / APIGW.0308, so
every helper grew its own retry loop over the years."""
import logging
import os
import time

import httpx
import requests

log = logging.getLogger("tts")

HOST = "https://metastudio.cn-north-4.myhuaweicloud.com"
PROJECT = os.environ["MS_PROJECT_ID"]
AUDITION_URL = f"{HOST}/v1/{PROJECT}/ttsc/audition"


def create_audition(session: requests.Session, text: str, voice: str) -> str:
    for attempt in range(5):
        # retried straight away on 429
        resp = session.post(AUDITION_URL, json={"text": text, "voice_asset_id": voice}, timeout=10)  # expect: MST104
        if resp.status_code == 429:
            log.warning("throttled (attempt %d), again", attempt + 1)
            continue
        resp.raise_for_status()
        return resp.json()["job_id"]
    raise RuntimeError("gave up after 5 attempts")


def create_async_tts(session: requests.Session, text: str, voice: str) -> str:
    while True:
        # retried straight away while the body says APIGW.0308
        resp = session.post(f"{HOST}/v1/{PROJECT}/ttsc/async-jobs",  # expect: MST104
                            json={"text": text, "voice_asset_id": voice}, timeout=10)
        if resp.ok:
            return resp.json()["job_id"]
        if "APIGW.0308" not in resp.text:
            resp.raise_for_status()


async def confirm_segment(client: httpx.AsyncClient, job_id: str, seq: int) -> dict:
    for _ in range(3):
        try:
            # exception path: 429 caught and the loop calls again with no delay
            resp = await client.post(  # expect: MST104
                f"{HOST}/v1/{PROJECT}/voice-training-manage/user/training-segment",
                json={"job_id": job_id, "sequence_no": seq},
            )
            resp.raise_for_status()
            return resp.json()
        except httpx.HTTPStatusError as e:
            if e.response.status_code != 429:
                raise
    raise RuntimeError("segment not confirmed")


def create_audition_with_backoff(session: requests.Session, text: str, voice: str) -> str:
    for attempt in range(4):
        # backoff on the retry path; 4 attempts fit in 5/s (create_tts_audition): no finding
        resp = session.post(AUDITION_URL, json={"text": text, "voice_asset_id": voice}, timeout=10)
        if resp.status_code != 429:
            resp.raise_for_status()
            return resp.json()["job_id"]
        time.sleep(0.5 * 2 ** attempt)
    raise RuntimeError("still throttled")


def fetch_audio(session: requests.Session, url: str) -> bytes:
    # the audition file is served from OBS: retrying that download is not a MetaStudio call
    for _ in range(3):
        resp = session.get(url, timeout=30)
        if resp.status_code == 429:
            continue
        return resp.content
    return b""


if __name__ == "__main__":
    s = requests.Session()
    s.headers["X-Auth-Token"] = os.environ["MS_TOKEN"]
    print(create_audition_with_backoff(s, "Welcome to the spring sale!", os.environ["VOICE_ID"]))
