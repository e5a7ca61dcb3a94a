"""Small helpers that keep the pipeline polite to the API gateway."""
import time

from .config import POLL_INTERVAL


def pause():
    time.sleep(POLL_INTERVAL)
