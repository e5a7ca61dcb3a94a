"""Wait for a virtual-avatar video job to reach a terminal state."""
import asyncio
import logging

from anyio_tools import studio
from anyio_tools.settings import TERMINAL_STATES

log = logging.getLogger(__name__)


async def wait_for_video(job_id):
    polls = 0
    while True:
        state = studio.video_state(job_id)
        polls += 1
        if state in TERMINAL_STATES:
            log.info("video %s finished as %s after %d polls", job_id, state, polls)
            return state
        if state == "WAITING":
            log.debug("video %s still queued", job_id)
            await asyncio.sleep(2)
            continue
        await asyncio.sleep(2)
