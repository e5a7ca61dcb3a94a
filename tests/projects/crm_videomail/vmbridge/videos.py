"""Virtual avatar video jobs (personalised video messages) over REST."""
import time

from vmbridge.constants import HTTP_TIMEOUT_S, PROJECT_ID, VIDEO_CANCEL, VIDEO_JOB, VIDEO_JOBS, VIDEO_POLL_S
from vmbridge.session import BASE_URL, SESSION

TERMINAL = ("SUCCEED", "FAILED", "CANCELED")


def create_job(model_asset_id, voice_asset_id, script, callback_url=None):
    body = {
        "model_asset_id": model_asset_id,
        "voice_config": {"voice_asset_id": voice_asset_id, "speed": 100},
        "video_config": {"codec": "H264", "bitrate": 4000, "width": 1080, "height": 1920, "frame_rate": "25"},
        "shoot_scripts": [{"sequence_no": 0, "shoot_script": {"script_type": "TEXT",
                                                              "text_config": {"text": script}}}],
    }
    if callback_url:
        body["callback_config"] = {"callback_url": callback_url}
    resp = SESSION.post(BASE_URL + VIDEO_JOBS.format(project_id=PROJECT_ID), json=body, timeout=HTTP_TIMEOUT_S)
    resp.raise_for_status()
    return resp.json()["job_id"]


def show_job(job_id):
    url = BASE_URL + VIDEO_JOB.format(project_id=PROJECT_ID, job_id=job_id)
    resp = SESSION.get(url, timeout=HTTP_TIMEOUT_S)
    resp.raise_for_status()
    return resp.json()


def cancel_job(job_id):
    url = BASE_URL + VIDEO_CANCEL.format(project_id=PROJECT_ID, job_id=job_id)
    resp = SESSION.post(url, timeout=HTTP_TIMEOUT_S)
    resp.raise_for_status()


def wait(job_id, timeout_s=3600):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        job = show_job(job_id)
        if job["state"] in TERMINAL:
            return job
        time.sleep(VIDEO_POLL_S)
    raise TimeoutError(f"video job {job_id} not done after {timeout_s} s")
