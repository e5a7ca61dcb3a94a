from ratelimit import limits, sleep_and_retry

from .timing import paced

__all__ = ["limits", "sleep_and_retry", "paced"]
