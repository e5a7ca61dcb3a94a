"""Waiting helpers shared by the jobs."""
import time

from pipeline.settings import POLL_INTERVAL


def backoff(attempt: int) -> None:
    time.sleep(min(2 ** attempt, 30))


def pause() -> None:
    time.sleep(POLL_INTERVAL)
