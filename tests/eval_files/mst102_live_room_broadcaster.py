"""Livestream controller: push the same interactive command to every running live room at once."""
import json
import logging
import os
import threading
import time
from typing import Iterable, Optional, Tuple

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    ControlSmartLiveReq,
    ExecuteSmartLiveCommandRequest,
    LiveEvent,
    LiveEventReportRequest,
    MetaStudioClient,
    ReportLiveEventReq,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

log = logging.getLogger("broadcaster")


def build_client() -> MetaStudioClient:
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_NORTH_4).build()


class Broadcaster:
    def __init__(self, client: Optional[MetaStudioClient] = None):
        if client is None:
            client = build_client()
        self._client = client
        self._report_gate = threading.BoundedSemaphore(2)

    def say_everywhere(self, jobs: Iterable[Tuple[str, str]], text: str) -> None:
        params = {"play_type": "APPEND", "text": text}
        threads = []
        for room_id, job_id in jobs:
            req = ExecuteSmartLiveCommandRequest(
                room_id=room_id, job_id=job_id,
                body=ControlSmartLiveReq(command="INSERT_PLAY_SCRIPT", params=params),
            )
            # one thread per room, unbounded: 32 x 10/s = 320/s > 4/s (execute_smart_live_command)
            t = threading.Thread(target=self._client.execute_smart_live_command, args=(req,), daemon=True)  # expect: MST102 ~320/s
            t.start()
            threads.append(t)
        for t in threads:
            t.join(timeout=30)

    def _report(self, room_id: str, job_id: str, events: list) -> None:
        with self._report_gate:
            body = ReportLiveEventReq(total=len(events), events=events)
            self._client.live_event_report(LiveEventReportRequest(room_id=room_id, job_id=job_id, body=body))

    def forward_viewer_counts(self, counts: dict) -> None:
        now_ms = int(time.time() * 1000)
        for (room_id, job_id), viewers in counts.items():
            events = [LiveEvent(timestamp=now_ms, type=6, content=json.dumps({"numberOfViewers": viewers}))]
            # BoundedSemaphore(2) caps concurrency at 2, yet 2 x 10/s = 20/s > 4/s (live_event_report)
            threading.Thread(target=self._report, args=(room_id, job_id, events)).start()  # expect: MST102 ~20/s @13


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    running = json.loads(os.environ["RUNNING_JOBS"])  # [[room_id, job_id], ...]
    Broadcaster().say_everywhere(running, "Flash sale starts in 5 minutes!")
