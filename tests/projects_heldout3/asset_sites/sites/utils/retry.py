"""Retry decorator for flaky calls."""
import functools
import logging

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException, ServerResponseException

log = logging.getLogger(__name__)


def retry_on_error(attempts=5):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for i in range(attempts):
                try:
                    return fn(*args, **kwargs)  # expect: MST104
                except (ClientRequestException, ServerResponseException) as exc:
                    log.warning("%s failed (%s), attempt %d", fn.__name__, exc, i + 1)
            raise RuntimeError("%s: out of attempts" % fn.__name__)
        return wrapper
    return decorate
