"""Batch text-to-speech: worker threads submit async TTS jobs, then results are collected."""
from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass

from huaweicloudsdkcore.exceptions import exceptions

from voice_lab.api import TtsApi
from voice_lab.catalog import voice_asset_id
from voice_lab.constants import TTS_POLL_S, TTS_SUBMIT_RATE, TTS_WORKERS, VOCAB_SPACING_S
from voice_lab.throttle import TokenBucket

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TtsItem:
    key: str
    text: str
    voice: str


class TtsBatch:
    def __init__(self, api: TtsApi) -> None:
        self._api = api
        self._inbox: queue.Queue[TtsItem | None] = queue.Queue()
        self._submitted: list[tuple[TtsItem, str]] = []
        self._lock = threading.Lock()
        self._submit_bucket = TokenBucket(rate=TTS_SUBMIT_RATE, capacity=2)

    def _worker(self) -> None:
        while True:
            item = self._inbox.get()
            try:
                if item is None:
                    return
                self._submit_bucket.acquire()
                job_id = self._api.submit(item.text, voice_asset_id(item.voice))
                with self._lock:
                    self._submitted.append((item, job_id))
            except exceptions.SdkException as exc:
                log.error("no TTS job for %s: %s", item.key if item else "?", exc)
            finally:
                self._inbox.task_done()

    def run(self, items: Iterable[TtsItem]) -> list[tuple[TtsItem, str]]:
        threads: list[threading.Thread] = []
        for n in range(TTS_WORKERS):
            thread = threading.Thread(target=self._worker, name=f"tts-{n}", daemon=True)
            thread.start()
            threads.append(thread)
        for item in items:
            self._inbox.put(item)
        for _ in threads:
            self._inbox.put(None)
        self._inbox.join()
        return list(self._submitted)


def wait_for_audio(api: TtsApi, job_id: str, timeout_s: float = 600.0) -> str:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        job = api.job(job_id)
        if job.state == "FINISHED":
            return job.audio_file_url
        if job.state == "ERROR":
            raise RuntimeError(f"TTS job {job_id} failed")
        time.sleep(TTS_POLL_S)
    raise TimeoutError(f"TTS job {job_id} not finished after {timeout_s:.0f} s")


def sync_vocabulary(api: TtsApi, entries: Iterable[tuple[str, str]]) -> int:
    """Push the tenant's custom pronunciations (word, pinyin) one by one."""
    count = 0
    for word, pronunciation in entries:
        api.save_vocabulary(word, pronunciation)
        count += 1
        time.sleep(VOCAB_SPACING_S)
    return count
