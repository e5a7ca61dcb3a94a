"""Queue consumers that start scheduled livestreams."""
import dataclasses
import logging
import queue
import threading
from typing import Optional

from . import settings
from .rooms import LiveRoomService

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class LiveJob:
    room_id: str
    output_urls: tuple
    starts_at: float


class LiveJobWorker:
    """Starts the live job of each room put on ``jobs``; ``None`` stops one consumer thread."""

    def __init__(self, rooms: LiveRoomService, jobs: "queue.Queue[Optional[LiveJob]]"):
        self.rooms = rooms
        self.jobs = jobs
        self.started = {}
        self._threads = []

    def start(self):
        for n in range(settings.WORKER_THREADS):
            thread = threading.Thread(target=self._consume, name=f"live-worker-{n}", daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self):
        for _ in self._threads:
            self.jobs.put(None)
        for thread in self._threads:
            thread.join()

    def _consume(self):
        while True:
            job = self.jobs.get()
            try:
                if job is None:
                    return
                job_id = self.rooms.start_live(job.room_id, job.output_urls)  # expect: MST102 ~40/s
                self.started[job.room_id] = job_id
                log.info("room %s is live as job %s", job.room_id, job_id)
            finally:
                self.jobs.task_done()
