"""Live-ops service for the evening stream. The MetaStudio client is injected (wired in main),
so unit tests can pass a fake; the service never builds one itself."""
import logging
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    ControlSmartLiveReq,
    ExecuteSmartLiveCommandRequest,
    MetaStudioClient,
    ShowSmartLiveRequest,
    StartSmartLiveReq,
    StartSmartLiveRequest,
    StopSmartLiveRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

log = logging.getLogger("liveops")
RETRY_PAUSE = 2.0


class LiveOpsService:
    def __init__(self, client, room_id, notifier=None):
        self._client = client
        self._room_id = room_id
        self._notifier = notifier

    def start(self):
        for attempt in range(3):
            try:
                job = self._client.start_smart_live(
                    StartSmartLiveRequest(room_id=self._room_id, body=StartSmartLiveReq())
                )
                return job.job_id
            except exceptions.ClientRequestException as err:
                log.warning("start failed (%s), attempt %d", err.error_code, attempt)
                time.sleep(RETRY_PAUSE)  # every retry waits 2 s: backoff present
        raise RuntimeError("could not start room %s" % self._room_id)

    def wait_until_live(self, job_id):
        request = ShowSmartLiveRequest(room_id=self._room_id, job_id=job_id)
        while True:
            # same request every time, no delay anywhere on the loop
            job = self._client.show_smart_live(request)  # expect: MST103
            if job.state in ("LIVING", "FAILED"):
                return job.state

    def push_viewer_questions(self, job_id, questions):
        for text in questions:
            cmd = ControlSmartLiveReq(command="INSERT_PLAY_SCRIPT", params={"text": text})
            # one command per question, no delay: 10/s > 4/s (execute_smart_live_command, cn-north-4)
            self._client.execute_smart_live_command(  # expect: MST101 ~10/s @13
                ExecuteSmartLiveCommandRequest(room_id=self._room_id, job_id=job_id, body=cmd)
            )
            if self._notifier:
                self._notifier(text)

    def stop_jobs(self, job_ids):
        for job_id in job_ids:
            self._client.stop_smart_live(StopSmartLiveRequest(room_id=self._room_id, job_id=job_id))
            time.sleep(0.3)  # 1 / 0.4 s = 2.5/s <= 4/s


def main():
    creds = BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT"])
    client = (
        MetaStudioClient.new_builder()
        .with_credentials(creds)
        .with_region(MetaStudioRegion.CN_NORTH_4)
        .build()
    )
    service = LiveOpsService(client, os.environ["ROOM_ID"])
    job_id = service.start()
    if service.wait_until_live(job_id) == "LIVING":
        service.push_viewer_questions(job_id, open("questions.txt").read().splitlines())
    service.stop_jobs([job_id])


if __name__ == "__main__":
    main()
