"""A small retry decorator for flaky cloud calls."""
import functools
import logging

logger = logging.getLogger(__name__)


def retry(times=3):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for _ in range(times):
                try:
                    return fn(*args, **kwargs)  # expect: MST104
                except Exception as exc:  # noqa: BLE001 - logged and retried
                    logger.warning("%s failed: %s", fn.__name__, exc)
                    last = exc
            raise last
        return wrapper
    return decorator
