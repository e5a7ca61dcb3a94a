"""Housekeeping for the training tenant."""
from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from voice_lab.api import TrainingApi

log = logging.getLogger(__name__)


def _archive(path: Path, job: Any, history: list) -> None:
    record = {
        "job_id": job.job_id,
        "voice_name": getattr(job, "voice_name", None),
        "state": job.state,
        "history": [entry.to_dict() if hasattr(entry, "to_dict") else str(entry) for entry in history],
    }
    path.write_text(json.dumps(record, ensure_ascii=False, indent=2, default=str), encoding="utf-8")


def purge_failed_jobs(api: TrainingApi, jobs: Iterable[Any], archive_dir: Path) -> int:
    """Archive the operation log of each failed job, then delete the job."""
    archive_dir.mkdir(parents=True, exist_ok=True)
    purged = 0
    for job in jobs:
        history = api.operation_logs(job.job_id)
        _archive(archive_dir / f"{job.job_id}.json", job, history)
        api.delete(job.job_id)  # expect: MST101 ~5/s
        purged += 1
        log.info("purged training job %s (%d log entries archived)", job.job_id, len(history))
    return purged
