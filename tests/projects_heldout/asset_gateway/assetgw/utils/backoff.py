"""Retry an HTTP call with exponential backoff when the gateway throttles us."""
import random
import time

import requests


def with_backoff(fn, *args, attempts=5, base=0.5):
    for attempt in range(attempts):
        try:
            return fn(*args)
        except requests.HTTPError as err:
            if err.response is None or err.response.status_code != 429 or attempt == attempts - 1:
                raise
            time.sleep(base * 2 ** attempt + random.random() / 10)
    return None
