"""Async skill maintenance on a bounded executor."""
import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor

from . import config
from .knowledge import KnowledgeRepo

log = logging.getLogger(__name__)
repo = KnowledgeRepo()
executor = ThreadPoolExecutor(max_workers=config.EXECUTOR_WORKERS)


def _rename(skill_id, name):
    return repo.rename_skill(skill_id, name)


def _report(fut):
    log.info("skill task finished: %s", "failed" if fut.exception() else "ok")


async def rename_all(renames):
    loop = asyncio.get_running_loop()
    futs = [loop.run_in_executor(executor, _rename, sid, name) for sid, name in renames.items()]  # expect: MST102 ~30/s
    for fut in futs:
        fut.add_done_callback(_report)
    return await asyncio.gather(*futs, return_exceptions=True)


async def audit_skills(skill_ids):
    loop, queue, found = asyncio.get_running_loop(), asyncio.Queue(maxsize=20), []

    async def producer():
        for sid in skill_ids:
            await queue.put(sid)
        for _ in range(4):
            await queue.put(None)

    async def consumer():
        while (sid := await queue.get()) is not None:
            found.append(await loop.run_in_executor(executor, repo.skill, sid))
            await asyncio.sleep(4)

    await asyncio.gather(producer(), *[consumer() for _ in range(4)])
    return found
