"""Batch voice training: create jobs on worker threads, upload corpora, commit, wait."""
from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import requests
from huaweicloudsdkcore.exceptions import exceptions

from voice_lab.api import TrainingApi, TrainingSpec
from voice_lab.constants import (
    COMMIT_RATE,
    FINISHED_TRAINING_STATES,
    REVIEW_POLL_S,
    SUBMIT_SPACING_S,
    TRAINING_TIMEOUT_S,
    TRAINING_WORKERS,
)
from voice_lab.throttle import TokenBucket

log = logging.getLogger(__name__)


@dataclass
class TrainingOutcome:
    job_id: str
    state: str
    asset_id: str | None = None


def _upload_corpus(url: str, path: Path) -> None:
    """PUT the zipped recordings to the pre-signed OBS URL MetaStudio handed out."""
    with path.open("rb") as fh:
        resp = requests.put(url, data=fh, headers={"Content-Type": "application/zip"}, timeout=300)
    resp.raise_for_status()


class TrainingBatch:
    def __init__(self, api: TrainingApi) -> None:
        self._api = api
        self._inbox: queue.Queue[TrainingSpec | None] = queue.Queue()
        self._created: queue.Queue[tuple[TrainingSpec, str]] = queue.Queue()
        self._failed: list[tuple[TrainingSpec, str]] = []
        self._commit_bucket = TokenBucket(rate=COMMIT_RATE)

    @property
    def failed(self) -> list[tuple[TrainingSpec, str]]:
        return list(self._failed)

    def _submit_worker(self) -> None:
        while True:
            spec = self._inbox.get()
            if spec is None:
                self._inbox.task_done()
                return
            try:
                job_id = self._api.create_basic_job(spec)  # expect: MST102 ~3.3/s
                self._created.put((spec, job_id))
            except exceptions.SdkException as exc:
                log.error("no training job for %s: %s", spec.voice_name, exc)
                self._failed.append((spec, str(exc)))
            finally:
                self._inbox.task_done()
            time.sleep(SUBMIT_SPACING_S)

    def create_jobs(self, specs: list[TrainingSpec]) -> list[tuple[TrainingSpec, str]]:
        workers: list[threading.Thread] = []
        for n in range(TRAINING_WORKERS):
            worker = threading.Thread(target=self._submit_worker, name=f"voice-train-{n}", daemon=True)
            worker.start()
            workers.append(worker)
        for spec in specs:
            self._inbox.put(spec)
        for _ in workers:
            self._inbox.put(None)
        self._inbox.join()
        created: list[tuple[TrainingSpec, str]] = []
        while not self._created.empty():
            created.append(self._created.get_nowait())
        log.info("created %d training jobs, %d failed", len(created), len(self._failed))
        return created

    def upload_and_commit(self, created: list[tuple[TrainingSpec, str]]) -> list[str]:
        committed: list[str] = []
        for spec, job_id in created:
            self._commit_bucket.acquire()
            url = self._api.upload_address(job_id)
            _upload_corpus(url, Path(spec.corpus_path))
            self._api.commit(job_id)
            committed.append(job_id)
        return committed


def wait_for_training(api: TrainingApi, job_id: str, timeout_s: float = TRAINING_TIMEOUT_S) -> TrainingOutcome:
    """Follow a job until it finishes, echoing its operation log as it grows."""
    deadline = time.monotonic() + timeout_s
    seen = 0
    while time.monotonic() < deadline:
        job = api.status(job_id)  # expect: MST103
        entries = api.operation_logs(job_id, offset=seen)
        for entry in entries:
            log.info("job %s: %s", job_id, entry.operate_type)
        seen += len(entries)
        if job.state in FINISHED_TRAINING_STATES:
            return TrainingOutcome(job_id, job.state, job.asset_id)
        if job.state == "WAITING":
            # in the manual review queue: reviews take minutes to hours
            time.sleep(REVIEW_POLL_S)
    raise TimeoutError(f"training job {job_id} did not finish within {timeout_s:.0f} s")
