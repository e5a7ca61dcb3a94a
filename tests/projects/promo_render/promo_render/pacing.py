"""Pacing primitives shared by the bulk jobs.

* :func:`every` - decorator factory: sleep a fixed time before each call.
* :class:`RateLimiter` - a small thread-safe token bucket, usable as ``with limiter:``.
* :func:`pause` - the sleep between two polls of a long-running job.
* ``tts_limiter`` - the asyncio limiter shared by all TTS submissions.
"""
import functools
import threading
import time

from aiolimiter import AsyncLimiter

from . import settings


def every(seconds):
    """Space the calls of the decorated function: sleep ``seconds`` before each call."""

    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            time.sleep(seconds)
            return fn(*args, **kwargs)

        return wrapper

    return decorator


class RateLimiter:
    """Token bucket: at most ``rate`` acquisitions per ``per`` seconds, shared by threads."""

    def __init__(self, rate, per=1.0):
        self.rate = float(rate)
        self.per = float(per)
        self._tokens = float(rate)
        self._stamp = time.monotonic()
        self._lock = threading.Lock()

    def acquire(self):
        while True:
            with self._lock:
                now = time.monotonic()
                self._tokens = min(self.rate, self._tokens + (now - self._stamp) * self.rate / self.per)
                self._stamp = now
                if self._tokens >= 1.0:
                    self._tokens -= 1.0
                    return
                wait = (1.0 - self._tokens) * self.per / self.rate
            time.sleep(wait)

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, exc_type, exc, tb):
        return False


def pause():
    """Sleep between two polls of a long-running MetaStudio job."""
    time.sleep(settings.POLL_INTERVAL)


# Shared instances: one per API, for the whole process.
script_limiter = RateLimiter(settings.SCRIPT_CALLS_PER_SEC)
tts_limiter = AsyncLimiter(settings.TTS_CALLS_PER_SEC, 1)
