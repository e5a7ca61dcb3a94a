"""Retry helpers for MetaStudio calls.

The API gateway answers APIGW.0308 (HTTP 429) when the tenant exceeds an API's limit;
those calls succeed later, so they are retried with an exponential backoff.
"""
from __future__ import annotations

import functools
import logging
import random
import time
from typing import Callable, TypeVar

from huaweicloudsdkcore.exceptions import exceptions

from assetsync import conf

log = logging.getLogger(__name__)

T = TypeVar("T")

THROTTLED_CODES = frozenset({"APIGW.0308"})


def is_throttled(exc: exceptions.ClientRequestException) -> bool:
    return exc.status_code == 429 or exc.error_code in THROTTLED_CODES


def call_with_backoff(
    fn: Callable[..., T], *args, attempts: int = conf.RETRY_ATTEMPTS, base: float = conf.BACKOFF_BASE, **kwargs
) -> T:
    """Call ``fn``; on throttling wait ``base * 2**attempt`` seconds (plus jitter) and try again."""
    for attempt in range(attempts):
        try:
            return fn(*args, **kwargs)
        except exceptions.ClientRequestException as exc:
            if not is_throttled(exc) or attempt == attempts - 1:
                raise
            delay = base * 2 ** attempt + random.uniform(0, base)
            log.info("%s throttled, retrying in %.1fs", getattr(fn, "__name__", fn), delay)
            time.sleep(delay)
    raise AssertionError("unreachable")


def backoff_on_throttle(attempts: int = 4, base: float = 1.0) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Decorator form of :func:`call_with_backoff` for service methods."""

    def decorate(fn: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs) -> T:
            for attempt in range(attempts):
                try:
                    return fn(*args, **kwargs)
                except exceptions.ClientRequestException as exc:
                    if not is_throttled(exc) or attempt == attempts - 1:
                        raise
                    time.sleep(base * 2 ** attempt)
            raise AssertionError("unreachable")

        return wrapper

    return decorate


def retry_quick(fn: Callable[..., T], *args, attempts: int = 3, **kwargs) -> T:
    """Try a call a few times in a row.

    For the odd dropped connection on the office uplink: a new attempt right away
    usually goes through, so there is no point in waiting.
    """
    last_error: Exception | None = None
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)  # expect: MST104
        except (exceptions.ConnectionException, exceptions.ClientRequestException) as exc:
            last_error = exc
            log.warning("attempt %d/%d of %s failed: %s", attempt, attempts, getattr(fn, "__name__", fn), exc)
    assert last_error is not None
    raise last_error
