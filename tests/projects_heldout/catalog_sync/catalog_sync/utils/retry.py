"""Retry a MetaStudio call when the gateway throttles it (written before we knew better)."""
import functools

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException


def retry_on_throttle(attempts=3):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(attempts):
                try:
                    return fn(*args, **kwargs)  # expect: MST104
                except ClientRequestException as err:
                    if err.error_code != "APIGW.0308" or attempt == attempts - 1:
                        raise
            return None
        return wrapper
    return decorate
