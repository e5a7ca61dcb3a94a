"""Flow-control helpers shared by the admin tools."""
import threading
import time

from huaweicloudsdkcore.exceptions import exceptions
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential


class TokenBucket:
    """Blocking token bucket: ``acquire()`` returns once a token is available (thread-safe)."""

    def __init__(self, rate: float, capacity: int = 1) -> None:
        self.rate = rate
        self.capacity = capacity
        self._tokens = float(capacity)
        self._stamp = time.monotonic()
        self._lock = threading.Lock()

    def acquire(self) -> None:
        while True:
            with self._lock:
                now = time.monotonic()
                self._tokens = min(self.capacity, self._tokens + (now - self._stamp) * self.rate)
                self._stamp = now
                if self._tokens >= 1:
                    self._tokens -= 1
                    return
                shortfall = (1 - self._tokens) / self.rate
            time.sleep(shortfall)


# Retry policy for idempotent writes: exponential backoff on APIGW.0308 / 4xx client errors.
sdk_retry = retry(
    wait=wait_exponential(multiplier=1, max=30),
    stop=stop_after_attempt(5),
    retry=retry_if_exception_type(exceptions.ClientRequestException),
    reraise=True,
)
