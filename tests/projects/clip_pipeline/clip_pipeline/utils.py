"""Flow control shared by the pipeline: a thread-safe throttle, a pacing decorator and a retry helper."""
import functools
import logging
import random
import threading
import time

from huaweicloudsdkcore.exceptions import exceptions

from .constants import *  # noqa: F401,F403

logger = logging.getLogger(__name__)


class Throttle:
    """Spaces calls at least ``1 / per_second`` seconds apart, across all threads that share it."""

    def __init__(self, per_second: float) -> None:
        self.interval = 1.0 / per_second
        self._lock = threading.Lock()
        self._next_slot = 0.0

    def wait(self) -> None:
        with self._lock:
            now = time.monotonic()
            delay = max(0.0, self._next_slot - now)
            self._next_slot = max(now, self._next_slot) + self.interval
        time.sleep(delay)


def paced(seconds: float):
    """Decorator: sleep ``seconds`` after every call of the wrapped function, also when it fails."""

    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            finally:
                time.sleep(seconds)

        return wrapper

    return decorator


def _is_throttled(exc: exceptions.ClientRequestException) -> bool:
    return exc.status_code == 429 or exc.error_code == "APIGW.0308"


def call_with_retry(fn, *args, **kwargs):
    """Call ``fn(*args, **kwargs)``; on APIGW.0308 / 429 back off exponentially (with jitter) and try again."""
    for attempt in range(RETRY_ATTEMPTS):  # noqa: F405
        try:
            return fn(*args, **kwargs)
        except exceptions.ClientRequestException as exc:
            if not _is_throttled(exc) or attempt == RETRY_ATTEMPTS - 1:  # noqa: F405
                raise
            delay = min(2 ** attempt, 30) + random.uniform(0, 0.5)
            logger.warning("%s throttled (attempt %d), sleeping %.1f s", getattr(fn, "__name__", fn), attempt + 1, delay)
            time.sleep(delay)
