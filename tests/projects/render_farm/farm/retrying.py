"""Call helpers shared by the workers."""
import time

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException


def with_throttle_retry(fn, *args):
    """Retry only when the gateway throttles (APIGW.0308), after a pause."""
    for attempt in range(5):
        try:
            return fn(*args)
        except ClientRequestException as exc:
            if exc.error_code != "APIGW.0308":
                raise
            time.sleep(2 ** attempt)
    raise RuntimeError("still throttled")


def paced(fn, *args):
    """Every call waits a second first."""
    time.sleep(1.0)
    return fn(*args)
