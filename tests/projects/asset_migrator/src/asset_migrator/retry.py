"""Retry decorators for MetaStudio SDK calls."""
import functools
import logging
import random
import time

from huaweicloudsdkcore.exceptions import exceptions

log = logging.getLogger(__name__)

THROTTLED = "APIGW.0308"


def with_backoff(attempts: int = 5, base_s: float = 1.0, cap_s: float = 30.0):
    """Retry throttled calls (429 / APIGW.0308) with exponential backoff and jitter."""

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(attempts):
                try:
                    return func(*args, **kwargs)
                except exceptions.ClientRequestException as exc:
                    throttled = exc.status_code == 429 or exc.error_code == THROTTLED
                    if not throttled or attempt == attempts - 1:
                        raise
                    delay = min(cap_s, base_s * 2 ** attempt) + random.uniform(0, 0.5)
                    log.info("%s throttled, sleeping %.1fs", func.__name__, delay)
                    time.sleep(delay)

        return wrapper

    return decorator


def retry_transient(attempts: int = 3):
    """Retry a call that failed on the server side (5xx): those usually clear up at once."""

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(attempts):
                try:
                    return func(*args, **kwargs)  # expect: MST104
                except exceptions.ServerResponseException as exc:
                    if attempt == attempts - 1:
                        raise
                    log.warning("%s: server error %s, retrying", func.__name__, exc.error_code)

        return wrapper

    return decorator
