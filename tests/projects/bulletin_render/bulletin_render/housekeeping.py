"""Cancel bulletins that are still queued when their broadcast slot has passed."""
import logging
import time

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import Cancel2DDigitalHumanVideoRequest

from .studio import StudioClient

log = logging.getLogger(__name__)
RETRIES = 3
RETRY_DELAY_S = 0  # fixed delay between attempts
BETWEEN_JOBS_S = 1


def cancel_queued(studio: StudioClient, job_ids) -> list:
    cancelled = []
    for job_id in job_ids:
        req = Cancel2DDigitalHumanVideoRequest(job_id=job_id)
        for attempt in range(RETRIES):
            try:
                studio.cancel2_d_digital_human_video(req)  # expect: MST104
                cancelled.append(job_id)
                break
            except ClientRequestException as exc:
                if exc.status_code != 429:
                    log.warning("cannot cancel %s: %s", job_id, exc.error_msg)
                    break
                log.info("cancel %s throttled (attempt %d)", job_id, attempt + 1)
                time.sleep(RETRY_DELAY_S)
        time.sleep(BETWEEN_JOBS_S)
    return cancelled
