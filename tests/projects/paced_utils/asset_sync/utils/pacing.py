"""Client-side flow control helpers shared by all sync jobs."""
import time

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException, ServerResponseException
from ratelimit import limits, sleep_and_retry
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

from asset_sync import settings


def pause(seconds=settings.PACE_SECONDS):
    """Sleep between two consecutive MetaStudio calls."""
    time.sleep(seconds)


def throttled(calls, period=1):
    """Block the caller so that at most ``calls`` happen per ``period`` seconds (thread-safe)."""
    def decorator(fn):
        return sleep_and_retry(limits(calls=calls, period=period)(fn))
    return decorator


sdk_retry = retry(
    retry=retry_if_exception_type((ClientRequestException, ServerResponseException)),
    wait=wait_exponential(multiplier=1, min=1, max=30),
    stop=stop_after_attempt(6),
    reraise=True,
)
