"""Waits for renders to finish."""
from typing import Optional

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException

from farm.retrying import paced, with_throttle_retry
from farm.services.video import VideoService
from farm.wiring import RenderJob

DONE = ("SUCCEED", "FAILED", "CANCELED")


def wait_render(svc: VideoService, job_id):
    while True:
        state = svc.status(job_id).state  # expect: MST103 ~10/s
        if state in DONE:
            return state


def wait_render_maybe(svc: "Optional[VideoService]", job_id):
    while svc is not None:
        if svc.status(job_id).state in DONE:  # expect: MST103 ~10/s
            return True
    return False


def wait_job(job: RenderJob):
    while job.video.status(job.job_id).state not in DONE:  # expect: MST103 ~10/s
        pass


def wait_with_retry(svc: Optional[VideoService], job_id):
    while True:
        state = with_throttle_retry(svc.status, job_id).state  # expect: MST103 ~10/s
        if state in DONE:
            return state


def wait_paced(svc: VideoService, job_id):
    while True:
        if paced(svc.status, job_id).state in DONE:
            return


def submit_all(svc: VideoService, bodies):
    for body in bodies:
        while True:
            try:
                svc.submit(body)  # expect: MST104
                break
            except ClientRequestException:
                continue
