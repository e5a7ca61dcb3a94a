"""Periodic sync with MetaStudio: refresh the robot cache, push edited greetings."""
import asyncio
import logging
import os

import httpx

from .config import IAM_TOKEN_ENV, METASTUDIO_ENDPOINT, MS_PROJECT_ID, ROBOT_REFRESH_PAUSE_S, SYNC_INTERVAL_S
from .guards import GREETING_PUSH_SLOTS, ROBOT_REFRESH_SLOTS

log = logging.getLogger(__name__)

ROBOT_CACHE: dict[str, dict] = {}
# welcome_speech_id -> new text, filled in by the admin UI between two syncs
PENDING_GREETINGS: dict[str, str] = {}


async def refresh_robot(http: httpx.AsyncClient, robot_id: str) -> None:
    async with ROBOT_REFRESH_SLOTS:
        resp = await http.get(f"/digital-human-chat/robot/{robot_id}")
        await asyncio.sleep(ROBOT_REFRESH_PAUSE_S)
    resp.raise_for_status()
    ROBOT_CACHE[robot_id] = resp.json()


async def push_greeting(http: httpx.AsyncClient, speech_id: str, text: str) -> None:
    async with GREETING_PUSH_SLOTS:
        resp = await http.put(
            f"/digital-human-chat/welcome-speech/{speech_id}",
            json={"welcome_speech": text, "enable_welcome_speech": True},
        )
    resp.raise_for_status()


async def sync_once() -> None:
    async with httpx.AsyncClient(
        base_url=f"{METASTUDIO_ENDPOINT}/v1/{MS_PROJECT_ID}",
        headers={"X-Auth-Token": os.environ[IAM_TOKEN_ENV]},
        timeout=10.0,
    ) as http:
        async with asyncio.TaskGroup() as tg:
            for robot_id in list(ROBOT_CACHE):
                tg.create_task(refresh_robot(http, robot_id))

        pending = dict(PENDING_GREETINGS)
        await asyncio.gather(*(push_greeting(http, sid, text) for sid, text in pending.items()))  # expect: MST102 ~80.0/s
        for sid in pending:
            PENDING_GREETINGS.pop(sid, None)


async def run_periodic_sync() -> None:
    while True:
        try:
            await sync_once()
        except httpx.HTTPError:
            log.exception("MetaStudio sync failed; next attempt in %ss", SYNC_INTERVAL_S)
        await asyncio.sleep(SYNC_INTERVAL_S)
