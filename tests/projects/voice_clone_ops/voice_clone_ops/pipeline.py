"""Job orchestration on top of api.py: waiting, committing, fan-out over many jobs."""
from __future__ import annotations

import asyncio
import logging
from typing import Iterable

import aiohttp

from . import api, settings
from .concurrency import TRAINING_SLOTS

log = logging.getLogger(__name__)

TERMINAL = {"SUCCEED", "FAILED", "AUDIT_FAILED", "USER_REVIEW_REJECT"}


async def wait_until_trained(session: aiohttp.ClientSession, job_id: str) -> str:
    while True:
        job = await api.job_detail(session, job_id)
        if job["state"] in TERMINAL:
            return job["state"]
        log.debug("job %s is %s", job_id, job["state"])
        await asyncio.sleep(settings.POLL_INTERVAL_S)


async def wait_for_audit(session: aiohttp.ClientSession, job_id: str) -> dict:
    """Block until the system audit of the uploaded recordings has a verdict."""
    while True:
        result = await api.audit_result(session, job_id)  # expect: MST103
        system = result.get("system_audit_result") or {}
        if system.get("audit_time"):
            return result


async def commit_with_retry(session: aiohttp.ClientSession, job_id: str, attempts: int = 5) -> None:
    for attempt in range(1, attempts + 1):
        try:
            await api.commit_job(session, job_id)  # expect: MST104
            return
        except aiohttp.ClientResponseError as err:
            if err.status != 429 or attempt == attempts:
                raise
            log.info("commit of %s throttled, retrying (%d/%d)", job_id, attempt, attempts)


async def _detail(session: aiohttp.ClientSession, job_id: str) -> dict:
    async with TRAINING_SLOTS:
        return await api.job_detail(session, job_id)


async def refresh_statuses(session: aiohttp.ClientSession, job_ids: Iterable[str]) -> dict[str, str]:
    details = await asyncio.gather(*(_detail(session, job_id) for job_id in job_ids))  # expect: MST102 ~40.0/s
    return {d["job_id"]: d["state"] for d in details}


async def _delete(session: aiohttp.ClientSession, job_id: str) -> None:
    async with TRAINING_SLOTS:
        await api.delete_job(session, job_id)
        await asyncio.sleep(settings.DELETE_HOLD_S)


async def purge(session: aiohttp.ClientSession, job_ids: Iterable[str]) -> None:
    await asyncio.gather(*(_delete(session, job_id) for job_id in job_ids))
    log.info("purged %d jobs", len(list(job_ids)))
