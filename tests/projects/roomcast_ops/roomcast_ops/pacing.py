"""Back-off and pacing helpers shared by the jobs."""
import random
import threading
import time


class Backoff:
    def __init__(self, base=0.5, cap=20.0):
        self.base, self.cap, self.n = base, cap, 0

    def next(self):
        delay = min(self.cap, self.base * 2 ** self.n) + random.uniform(0, 0.2)
        self.n += 1
        return delay


class RatePacer:
    """At most `slots` callers at once, each holding its slot for `hold_s`."""

    def __init__(self, slots=1, hold_s=0.4):
        self._sem = threading.Semaphore(slots)
        self._hold_s = hold_s

    def __enter__(self):
        self._sem.acquire()
        return self

    def __exit__(self, *exc):
        time.sleep(self._hold_s)
        self._sem.release()
        return False
