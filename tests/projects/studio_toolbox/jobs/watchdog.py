"""Live watchdog: flag streams that failed or were blocked, in both tenants."""
import logging
import time

from lib import pacing
from lib.feeds import iter_live_jobs
from lib.metastudio import sg_studio, studio

log = logging.getLogger(__name__)

WATCHED = (studio, sg_studio)


def check_live_jobs():
    bad = []
    for service in WATCHED:
        for job in iter_live_jobs(service, state="PROCESSING"):
            current = service.live_job(job.room_id, job.job_id)
            if current.state in ("FAILED", "BLOCKED"):
                bad.append((job.room_id, job.job_id, current.state))
                log.warning("live job %s in room %s is %s", job.job_id, job.room_id, current.state)
            time.sleep(pacing.WATCHDOG_PAUSE_S)
    return bad
