"""A small retry decorator (no dependency on any SDK)."""
import functools
import logging

log = logging.getLogger(__name__)


def retry(times=3):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(times):
                try:
                    return func(*args, **kwargs)  # expect: MST104
                except Exception as exc:
                    log.warning("attempt %d of %s failed: %s", attempt + 1, func.__name__, exc)
                    last = exc
            raise last
        return wrapper
    return decorate
