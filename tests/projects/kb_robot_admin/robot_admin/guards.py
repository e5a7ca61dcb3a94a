"""Concurrency and rate guards shared by the API and the background sync."""
import asyncio

from ratelimit import limits, sleep_and_retry

from .config import KB_WRITES_PER_SECOND

# At most this many MetaStudio requests in flight per job of the background sync.
ROBOT_REFRESH_SLOTS = asyncio.Semaphore(4)
GREETING_PUSH_SLOTS = asyncio.Semaphore(8)


def kb_write_limited(func):
    """Keep knowledge-base writes under the per-tenant limit (3/s in cn-east-3)."""
    return sleep_and_retry(limits(calls=KB_WRITES_PER_SECOND, period=1)(func))
