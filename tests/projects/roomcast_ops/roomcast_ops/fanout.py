"""Concurrent product seeding and asset inspection."""
import asyncio
import logging
import os
from concurrent.futures import ThreadPoolExecutor

import aiohttp

from . import client as settings
from .repository import LiveRepository

log = logging.getLogger(__name__)
repo = LiveRepository()
BASE = "https://metastudio.cn-east-3.myhuaweicloud.com"


def _log_done(fut):
    log.info("create_product done: %s", fut.exception() or "ok")


def _create(row):
    return repo.create_product(row["name"], row.get("description", ""))


def bulk_create(rows):
    with ThreadPoolExecutor(max_workers=settings.MAX_WORKERS) as pool:
        for row in rows:
            pool.submit(_create, row).add_done_callback(_log_done)  # expect: MST102 ~60/s


async def consumer(session, queue, out):
    while True:
        asset_id = await queue.get()
        if asset_id is None:
            return
        async with session.get(f"{BASE}/v1/{settings.PROJECT_ID}/digital-assets/{asset_id}") as resp:  # expect: MST102 ~40/s
            out.append(await resp.json())


async def inspect_assets(asset_ids):
    queue, out = asyncio.Queue(maxsize=100), []
    async with aiohttp.ClientSession(headers={"X-Auth-Token": os.environ["MS_TOKEN"]}) as session:
        async def producer():
            for asset_id in asset_ids:
                await queue.put(asset_id)
            for _ in range(4):
                await queue.put(None)
        await asyncio.gather(producer(), *[consumer(session, queue, out) for _ in range(4)])
    return out
