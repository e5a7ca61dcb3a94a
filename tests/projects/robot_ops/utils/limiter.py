"""A small thread-safe token bucket (no extra dependency on the workers)."""
from __future__ import annotations

import threading
import time
from typing import Optional


class TokenBucket:
    """Allow ``rate`` acquisitions per second on average, bursts up to ``capacity``."""

    def __init__(self, rate: float, capacity: Optional[int] = None) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self._rate = rate
        self._capacity = float(capacity or max(1, int(rate)))
        self._tokens = self._capacity
        self._stamp = time.monotonic()
        self._lock = threading.Lock()

    def acquire(self, tokens: int = 1) -> None:
        while True:
            with self._lock:
                now = time.monotonic()
                self._tokens = min(self._capacity, self._tokens + (now - self._stamp) * self._rate)
                self._stamp = now
                if self._tokens >= tokens:
                    self._tokens -= tokens
                    return
                wait = (tokens - self._tokens) / self._rate
            time.sleep(wait)

    def __enter__(self) -> "TokenBucket":
        self.acquire()
        return self

    def __exit__(self, *exc_info) -> bool:
        return False
