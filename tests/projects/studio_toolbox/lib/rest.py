"""Plain REST helpers (httpx) for the calls the toolbox makes without the SDK.

Authentication is an IAM token in ``X-Auth-Token`` (lib/config.py).
"""
import httpx

from lib import config
from lib.regions import Region


def _headers() -> dict:
    return {"X-Auth-Token": config.AUTH_TOKEN, "Content-Type": "application/json"}


class LiveRest:
    """Start and stop intelligent livestreams over REST."""

    def __init__(self, *, region: Region = Region.SHANGHAI, timeout: float = 10.0):
        self.http = httpx.Client(
            base_url=f"https://metastudio.{region.value}.myhuaweicloud.com",
            headers=_headers(),
            timeout=timeout,
        )

    def start_live(self, room_id, output_urls, stream_keys):
        body = {"output_urls": output_urls, "stream_keys": stream_keys}
        resp = self.http.post(f"/v1/{config.PROJECT_ID}/smart-live-rooms/{room_id}/smart-live-jobs", json=body)
        resp.raise_for_status()
        return resp.json()["job_id"]

    def stop_live(self, room_id, job_id):
        resp = self.http.post(f"/v1/{config.PROJECT_ID}/smart-live-rooms/{room_id}/smart-live-jobs/{job_id}/stop")
        resp.raise_for_status()

    def close(self):
        self.http.close()


def async_client(*, region: Region = Region.SHANGHAI, timeout: float = 30.0) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=f"https://metastudio.{region.value}.myhuaweicloud.com",
        headers=_headers(),
        timeout=timeout,
    )


async def stop_live_async(http: httpx.AsyncClient, room_id: str, job_id: str) -> None:
    resp = await http.post(f"/v1/{config.PROJECT_ID}/smart-live-rooms/{room_id}/smart-live-jobs/{job_id}/stop")
    resp.raise_for_status()


async def submit_tts(http: httpx.AsyncClient, text: str, voice_asset_id: str) -> str:
    body = {"text": text, "voice_asset_id": voice_asset_id, "audio_format": "MP3"}
    resp = await http.post(f"/v1/{config.PROJECT_ID}/ttsc/async-jobs", json=body)
    resp.raise_for_status()
    return resp.json()["job_id"]


async def tts_result(http: httpx.AsyncClient, job_id: str) -> dict:
    resp = await http.get(f"/v1/{config.PROJECT_ID}/ttsc/async-jobs/{job_id}")
    resp.raise_for_status()
    return resp.json()
