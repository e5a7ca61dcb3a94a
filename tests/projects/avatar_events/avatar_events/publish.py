"""Going live, and talking to a running livestream job."""
import logging
from typing import Any, Dict, List, Optional

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    ControlSmartLiveReq,
    CreateDialogUrlReq,
    CreateDialogUrlRequest,
    ExecuteSmartLiveCommandRequest,
    LiveEvent,
    LiveEventReportRequest,
    ReportLiveEventReq,
    StartSmartLiveReq,
    StartSmartLiveRequest,
)

log = logging.getLogger(__name__)

START_ATTEMPTS = 3


class PublishMixin:
    """Live-publishing calls. Expects ``self.client`` (see service.BaseService)."""

    def start_live(self, room_id: str, stream_url: str) -> str:
        body = StartSmartLiveReq(output_urls=[stream_url])
        for attempt in range(START_ATTEMPTS):
            try:
                resp = self.client.start_smart_live(StartSmartLiveRequest(room_id=room_id, body=body))  # expect: MST104
                return resp.job_id
            except exceptions.ClientRequestException as exc:
                if exc.error_code != "APIGW.0308" or attempt == START_ATTEMPTS - 1:
                    raise
                log.warning("start_smart_live throttled for room %s (attempt %d)", room_id, attempt + 1)
        raise RuntimeError("unreachable")

    def send_command(self, room_id: str, job_id: str, command: str, params: Optional[Dict[str, Any]] = None):
        body = ControlSmartLiveReq(command=command, params=params or {})
        return self.client.execute_smart_live_command(
            ExecuteSmartLiveCommandRequest(room_id=room_id, job_id=job_id, body=body)
        )

    def report_events(self, room_id: str, job_id: str, events: List[Dict[str, Any]]) -> None:
        items = [LiveEvent(timestamp=e["ts"], type=e["type"], content=e.get("content", "")) for e in events]
        body = ReportLiveEventReq(total=len(items), events=items)
        self.client.live_event_report(LiveEventReportRequest(room_id=room_id, job_id=job_id, body=body))

    def open_dialog(self, chat_room_id: str, robot_id: str) -> str:
        """A 1:1 chat with the avatar for one viewer; returns the URL to hand to the viewer."""
        body = CreateDialogUrlReq(room_id=chat_room_id, robot_id=robot_id)
        resp = self.client.create_dialog_url(CreateDialogUrlRequest(body=body))  # expect: MST201
        return resp.url
