"""Render personalised greeting videos for the sales team (Shanghai tenant).

Configuration lives in a settings class shared with the rest of the sales tools.
"""
import logging
import os
import time
from concurrent.futures import ThreadPoolExecutor

import requests

log = logging.getLogger("greetings")


class Settings:
    METASTUDIO_HOST = "https://metastudio.cn-east-3.myhuaweicloud.com"
    PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")
    SCRIPT_ID = os.environ.get("GREETING_SCRIPT_ID", "")
    TOKEN = os.environ.get("MS_TOKEN", "")
    CRM_URL = "https://api.example.com/crm/v2/contacts"


settings = Settings()


def _headers():
    return {"X-Auth-Token": settings.TOKEN, "Content-Type": "application/json"}


def submit_video(name: str) -> str:
    body = {
        "script_id": settings.SCRIPT_ID,
        "video_config": {"codec": "H264", "bitrate": 4000, "width": 1080, "height": 1920},
        "shoot_scripts": [{"sequence_no": 0, "shoot_script": {"text_config": {"text": f"Hello {name}!"}}}],
    }
    resp = requests.post(
        f"{settings.METASTUDIO_HOST}/v1/{settings.PROJECT_ID}/2d-digital-human-videos",
        json=body,
        headers=_headers(),
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["job_id"]


def job_state(job_id: str) -> str:
    url = f"{Settings.METASTUDIO_HOST}/v1/{Settings.PROJECT_ID}/2d-digital-human-videos/{job_id}"
    return requests.get(url, headers=_headers(), timeout=10).json()["state"]


def contacts():
    out, page = [], 1
    while True:
        # CRM on another host, never a MetaStudio call
        batch = requests.get(settings.CRM_URL, params={"page": page}, timeout=10).json()
        if not batch:
            return out
        out.extend(batch)
        page += 1


def render_all(names):
    jobs = []
    for name in names:
        # 0.1 s + 0.2 s = 0.3 s: 3.3/s > 3/s (POST .../2d-digital-human-videos, cn-east-3 from Settings)
        jobs.append(submit_video(name))  # expect: MST101 ~3.3/s @21
        time.sleep(0.2)
    return jobs


def states(job_ids):
    with ThreadPoolExecutor(max_workers=2) as pool:
        # 2 workers x 10/s = 20/s > 10/s (GET .../2d-digital-human-videos/{job_id}, cn-east-3)
        return dict(zip(job_ids, pool.map(job_state, job_ids)))  # expect: MST102 ~20/s


def cancel_waiting(job_ids):
    for job_id in job_ids:
        # 0.1 s + 0.5 s: 1.7/s <= 3/s (POST .../{job_id}/cancel, cn-east-3): no finding
        requests.post(
            f"{settings.METASTUDIO_HOST}/v1/{settings.PROJECT_ID}/2d-digital-human-videos/{job_id}/cancel",
            headers=_headers(),
            timeout=10,
        )
        time.sleep(0.5)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    people = [c["first_name"] for c in contacts()]
    ids = render_all(people)
    log.info("states: %s", states(ids))
