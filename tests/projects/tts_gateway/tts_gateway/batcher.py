"""Queue in front of the async TTS API: endpoints enqueue, N worker tasks submit."""
import asyncio
import logging
from dataclasses import dataclass
from typing import List, Optional

import httpx

from tts_gateway import settings
from tts_gateway.deps import auth_headers
from tts_gateway.limits import TTS_SUBMIT_LIMITER

log = logging.getLogger(__name__)


@dataclass
class TtsItem:
    text: str
    voice_asset_id: str
    callback_url: Optional[str] = None


class TtsBatcher:
    def __init__(self, workers: int = settings.BATCH_WORKERS):
        self.queue: "asyncio.Queue[TtsItem]" = asyncio.Queue(maxsize=settings.QUEUE_SIZE)
        self._workers = workers
        self._tasks: List[asyncio.Task] = []
        self._http = httpx.AsyncClient(base_url=settings.METASTUDIO_ENDPOINT, headers=auth_headers(), timeout=10)

    async def start(self) -> None:
        for n in range(self._workers):
            self._tasks.append(asyncio.create_task(self._worker(n), name=f"tts-worker-{n}"))

    async def stop(self) -> None:
        await self.queue.join()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._http.aclose()

    async def put(self, item: TtsItem) -> None:
        await self.queue.put(item)

    async def _worker(self, n: int) -> None:
        while True:
            item = await self.queue.get()
            body = {"text": item.text, "voice_asset_id": item.voice_asset_id, "audio_format": "WAV"}
            if item.callback_url:
                body["callback_config"] = {"callback_url": item.callback_url}
            try:
                async with TTS_SUBMIT_LIMITER:
                    resp = await self._http.post(settings.TTS_JOBS_PATH, json=body)
                if resp.is_error:
                    log.error("worker %d: tts submit rejected (%d): %s", n, resp.status_code, resp.text[:200])
            finally:
                self.queue.task_done()
