"""Hand bulletins to the render service: asyncio fan-out, a status pool and a pacer."""
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from .studio import StudioClient

STATUS_POOL = ThreadPoolExecutor(max_workers=2)


class Pacer:
    """Context manager that starts the blocks it guards at least 1/per_second apart."""

    def __init__(self, per_second: float):
        self.interval = 1.0 / per_second
        self._next = 0.0
        self._lock = threading.Lock()

    def __enter__(self):
        with self._lock:
            now = time.monotonic()
            delay = max(0.0, self._next - now)
            self._next = max(now, self._next) + self.interval
        time.sleep(delay)
        return self

    def __exit__(self, *exc):
        return False


RENDER_PACER = Pacer(per_second=2)


async def submit_all(studio: StudioClient, bulletins):
    loop = asyncio.get_running_loop()
    futures = [loop.run_in_executor(None, studio.submit_video, paragraphs) for paragraphs in bulletins]  # expect: MST102 ~320/s
    return await asyncio.gather(*futures)


async def refresh_states(studio: StudioClient, job_ids) -> dict:
    loop = asyncio.get_running_loop()
    futures = []
    for job_id in job_ids:
        futures.append(loop.run_in_executor(STATUS_POOL, studio.video_state, job_id))
        await asyncio.sleep(0.25)
    states = await asyncio.gather(*futures)
    return dict(zip(job_ids, states))
