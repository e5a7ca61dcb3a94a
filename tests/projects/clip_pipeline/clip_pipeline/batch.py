"""Batch operations: submit render jobs, wait for them, export the script catalogue."""
import json
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Dict, Iterable, Iterator, List, Optional

from . import utils
from .constants import *  # noqa: F401,F403
from .studio import VideoStudio
from .utils import Throttle, call_with_retry, paced

logger = logging.getLogger(__name__)

_SUBMIT_THROTTLE = Throttle(per_second=SUBMIT_PER_SECOND)  # noqa: F405
_READ_THROTTLE = utils.Throttle(per_second=READS_PER_SECOND)  # noqa: F405


def submit_scripts(studio: VideoStudio, script_ids: Iterable[str], prefix: str) -> List[str]:
    """Start one render job per script, spaced by the shared submit throttle."""
    job_ids = []
    for script_id in script_ids:
        _SUBMIT_THROTTLE.wait()
        job_id = studio.create2_d_digital_human_video(script_id, asset_name=f"{prefix}-{script_id}")
        logger.info("script %s -> job %s", script_id, job_id)
        job_ids.append(job_id)
    return job_ids


@paced(1.0)
def _rerender(studio: VideoStudio, job) -> str:
    return studio.create2_d_digital_human_video(job.script_id, asset_name=f"rerender-{job.job_id}")


def rerender_jobs(studio: VideoStudio, jobs: Iterable) -> Dict[str, str]:
    """Render again the jobs given (each a Show2DDigitalHumanVideoResponse); one per second."""
    return {job.job_id: _rerender(studio, job) for job in jobs}


def iter_jobs(studio: VideoStudio, state: Optional[str] = None) -> Iterator:
    offset = 0
    while True:
        page = studio.list_digital_human_video(offset=offset, state=state)
        jobs = page.jobs or []
        yield from jobs
        offset += len(jobs)
        if not jobs or offset >= page.count:
            break


def wait_for(studio: VideoStudio, job_id: str, timeout_s: float = RENDER_TIMEOUT_S):  # noqa: F405
    """Block until the job reaches a terminal state."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        job = studio.show2_d_digital_human_video(job_id)  # expect: MST103
        if job.state in TERMINAL_STATES:  # noqa: F405
            return job
        if job.state == "WAITING":
            # queued behind other tenants' jobs: no point asking often
            time.sleep(POLL_INTERVAL_S)  # noqa: F405
    raise TimeoutError(f"job {job_id} not finished after {timeout_s} s")


def _read_state(studio: VideoStudio, job_id: str) -> str:
    _READ_THROTTLE.wait()
    return studio.show2_d_digital_human_video(job_id).state


def snapshot_states(studio: VideoStudio, job_ids: List[str], workers: int = 4) -> Dict[str, str]:
    """Current state of each job, read in parallel; all readers share one throttle."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        states = pool.map(lambda job_id: _read_state(studio, job_id), job_ids)
        return dict(zip(job_ids, states))


def export_catalogue(studio: VideoStudio, out_path: str) -> int:
    """Write every video script, with its full details, as JSON lines."""
    script_ids = [script.script_id for script in studio.iter_video_scripts()]
    with ThreadPoolExecutor(max_workers=16) as pool:
        futures = [pool.submit(call_with_retry, studio.show_video_script, script_id) for script_id in script_ids]  # expect: MST102 ~160/s
        details = [future.result() for future in futures]
    with open(out_path, "w", encoding="utf-8") as fh:
        for detail in details:
            fh.write(json.dumps(detail.to_dict(), ensure_ascii=False) + "\n")
    return len(details)
