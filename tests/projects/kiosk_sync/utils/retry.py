"""Retry a flaky call a few times (shared by all our services)."""
import logging

log = logging.getLogger(__name__)


def retry_on_error(func):
    def wrapper(*args):
        for attempt in range(3):
            try:
                return func(*args)  # expect: MST104
            except Exception as exc:
                log.warning("%s failed (attempt %d): %s", func.__name__, attempt + 1, exc)
        return None
    return wrapper
