"""asyncio queue consumers shared by the scripts."""
import asyncio
import logging

import httpx

from lib import pacing
from lib.rest import stop_live_async

log = logging.getLogger(__name__)


async def stopper(queue: asyncio.Queue, http: httpx.AsyncClient) -> None:
    """Stop the streams put on ``queue`` as (room_id, job_id) pairs, one at a time."""
    while True:
        room_id, job_id = await queue.get()
        try:
            await stop_live_async(http, room_id, job_id)  # expect: MST102 ~13.3/s
            log.info("stopped %s in room %s", job_id, room_id)
            await asyncio.sleep(pacing.STOP_PAUSE_S)
        finally:
            queue.task_done()
