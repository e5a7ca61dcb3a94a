"""Commands to running live jobs, and the live-event reports of the shop's comment bot."""
import logging
import os
import time

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    ControlSmartLiveReq,
    ExecuteSmartLiveCommandRequest,
    LiveEvent,
    LiveEventReportRequest,
    ReportLiveEventReq,
)

from . import config
from .sdk import bj
from .throttle import command_limiter

log = logging.getLogger(__name__)

REPORT_ATTEMPTS = 3


def run_playlist(room_id, job_id, scripts):
    """Insert a list of reply scripts into a running show, through the shared 3/s limiter."""
    results = []
    for text in scripts:
        command_limiter.try_acquire("execute_smart_live_command")
        body = ControlSmartLiveReq(command="INSERT_PLAY_SCRIPT", params={"text": text})
        resp = bj.execute_smart_live_command(ExecuteSmartLiveCommandRequest(room_id=room_id, job_id=job_id, body=body))
        results.append(resp)
    return results


def _send_report(req):
    """Send one live-event report; the gateway throttles bursts of comments, so try again."""
    for attempt in range(REPORT_ATTEMPTS):
        try:
            return bj.live_event_report(req)  # expect: MST104
        except exceptions.ClientRequestException as exc:
            if exc.status_code != 429 and exc.error_code != "APIGW.0308":
                raise
            log.info("live event report throttled (attempt %d/%d)", attempt + 1, REPORT_ATTEMPTS)
    return None


def report_event(room_id, job_id, event_type, content):
    """Called once per comment webhook (see web.py)."""
    event = LiveEvent(timestamp=int(time.time() * 1000), type=event_type, content=content)
    req = LiveEventReportRequest(
        room_id=room_id,
        job_id=job_id,
        auth_key=os.environ[config.EVENT_AUTH_KEY_ENV],
        body=ReportLiveEventReq(total=1, events=[event]),
    )
    return _send_report(req)
