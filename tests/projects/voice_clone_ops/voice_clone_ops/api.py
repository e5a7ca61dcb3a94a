"""Thin async wrappers over the MetaStudio voice-training REST API."""
from __future__ import annotations

import logging

import aiohttp
import backoff

from . import settings

log = logging.getLogger(__name__)

JOBS = f"{settings.TRAINING_API}/jobs"


def new_session(token: str) -> aiohttp.ClientSession:
    return aiohttp.ClientSession(
        headers={"X-Auth-Token": token, "Content-Type": "application/json"},
        raise_for_status=True,
        timeout=aiohttp.ClientTimeout(total=30),
    )


def _permanent(err: aiohttp.ClientResponseError) -> bool:
    """Give up at once on errors that waiting cannot fix."""
    return err.status not in (429, 500, 502, 503, 504)


@backoff.on_exception(backoff.expo, aiohttp.ClientResponseError, max_tries=5, max_time=60, giveup=_permanent)
async def create_basic_job(session: aiohttp.ClientSession, voice_name: str, sex: str, language: str,
                           batch_name: str | None = None) -> str:
    body = {"voice_name": voice_name, "sex": sex, "language": language}
    if batch_name:
        body["batch_name"] = batch_name
    async with session.post(f"{settings.TRAINING_API}/basic-jobs", json=body) as resp:
        data = await resp.json()
    log.info("created training job %s for %s", data["job_id"], voice_name)
    return data["job_id"]


async def uploading_url(session: aiohttp.ClientSession, job_id: str) -> str:
    async with session.get(f"{JOBS}/{job_id}/uploading-address-url") as resp:
        return (await resp.json())["uploading_address_url"]


async def commit_job(session: aiohttp.ClientSession, job_id: str) -> None:
    async with session.post(f"{JOBS}/{job_id}", json={}) as resp:
        await resp.read()


async def job_detail(session: aiohttp.ClientSession, job_id: str) -> dict:
    async with session.get(f"{JOBS}/{job_id}") as resp:
        return await resp.json()


async def audit_result(session: aiohttp.ClientSession, job_id: str) -> dict:
    async with session.get(f"{JOBS}/{job_id}/audit-result") as resp:
        return await resp.json()


async def delete_job(session: aiohttp.ClientSession, job_id: str) -> None:
    async with session.delete(f"{JOBS}/{job_id}") as resp:
        await resp.read()
