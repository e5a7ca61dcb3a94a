"""Retry helpers for calls the API gateway throttles (APIGW.0308 / HTTP 429)."""
import logging
import time

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException

log = logging.getLogger(__name__)


def is_throttled(exc: ClientRequestException) -> bool:
    return exc.status_code == 429 or exc.error_code == "APIGW.0308"


class Retry:
    """Yields attempt numbers and backs off exponentially before every attempt after the first."""

    def __init__(self, attempts: int = 5, base: float = 1.0, cap: float = 60.0):
        self.attempts = attempts
        self.base = base
        self.cap = cap

    def __iter__(self):
        for attempt in range(self.attempts):
            if attempt:
                delay = min(self.cap, self.base * 2 ** attempt)
                log.info("retry %d in %.1f s", attempt, delay)
                time.sleep(delay)
            yield attempt

    def last(self, attempt: int) -> bool:
        return attempt == self.attempts - 1


def call_with_backoff(fn, request, attempts: int = 6):
    """Call fn(request); when throttled, sleep 1, 2, 4, ... s (at most 60 s) and try again."""
    for attempt in range(attempts):
        try:
            return fn(request)
        except ClientRequestException as exc:
            if not is_throttled(exc) or attempt == attempts - 1:
                raise
            time.sleep(min(60, 2 ** attempt))
    return None
