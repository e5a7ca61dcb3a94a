"""Client-side pacing shared by the provisioning scripts."""
import random
import time

from ratelimit import limits, sleep_and_retry

KB_WRITES_PER_SECOND = 2   # Shanghai allows 3/s per knowledge-base API


def kb_write(fn):
    """Hold a knowledge-base write to KB_WRITES_PER_SECOND, blocking instead of failing."""
    return sleep_and_retry(limits(calls=KB_WRITES_PER_SECOND, period=1)(fn))


def backoff(attempt):
    """Exponential back-off with jitter after APIGW.0308."""
    time.sleep(min(2 ** attempt, 30) + random.uniform(0, 0.5))
