"""Back off exponentially when MetaStudio throttles (APIGW.0308)."""
import time

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException


def call_with_backoff(fn, *args, attempts=6, **kwargs):
    delay = 0.5
    for attempt in range(attempts):
        try:
            return fn(*args, **kwargs)
        except ClientRequestException as err:
            if err.error_code != "APIGW.0308" or attempt == attempts - 1:
                raise
            time.sleep(delay)
            delay *= 2
    raise RuntimeError("unreachable")
