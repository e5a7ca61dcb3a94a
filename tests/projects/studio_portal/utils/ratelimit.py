"""A small blocking token bucket, shared by the management commands that talk to rate-limited APIs."""
import threading
import time


class TokenBucket:
    """Hand out at most ``rate`` tokens per second, with bursts of up to ``capacity``."""

    def __init__(self, rate: float, capacity: int = 1):
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = float(rate)
        self.capacity = capacity
        self._tokens = float(capacity)
        self._updated = time.monotonic()
        self._lock = threading.Lock()

    def _refill(self) -> None:
        now = time.monotonic()
        self._tokens = min(self.capacity, self._tokens + (now - self._updated) * self.rate)
        self._updated = now

    def acquire(self) -> None:
        while True:
            with self._lock:
                self._refill()
                if self._tokens >= 1:
                    self._tokens -= 1
                    return
                wait = (1 - self._tokens) / self.rate
            time.sleep(wait)

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *exc_info):
        return False
