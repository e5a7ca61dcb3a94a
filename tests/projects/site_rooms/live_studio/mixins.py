"""Behaviour shared by the site services.  Expects ``self._client``."""
import logging

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import ShowSmartLiveRequest

log = logging.getLogger(__name__)

LIVE_STATES = {"PROCESSING", "SUCCEED", "FAILED", "BLOCKED"}


class RetryMixin:
    max_attempts = 5

    def _with_retry(self, fn, request):
        last_error = None
        for attempt in range(1, self.max_attempts + 1):
            try:
                return fn(request)  # expect: MST104 @24
            except exceptions.ServerResponseException as err:
                log.warning("attempt %d/%d failed: %s", attempt, self.max_attempts, err.error_msg)
                last_error = err
        raise last_error


class LiveStatusMixin:
    def wait_until_live(self, room_id, job_id):
        request = ShowSmartLiveRequest(room_id=room_id, job_id=job_id)
        while True:
            resp = self._client.show_smart_live(request)  # expect: MST102 ~320/s @20
            if resp.state in LIVE_STATES:
                return resp
