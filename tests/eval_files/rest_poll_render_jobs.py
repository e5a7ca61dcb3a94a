"""Wait for rendered avatar videos and TTS jobs before handing them to the CMS (Beijing tenant)."""
import logging
import os
import time

import httpx
import requests

log = logging.getLogger("render_wait")

HOST = "https://metastudio.cn-north-4.myhuaweicloud.com"
PROJECT_ID = os.environ["MS_PROJECT_ID"]
TERMINAL = {"SUCCEED", "FAILED", "CANCELED"}
POLL_INTERVAL_S = 5


def wait_video(session: requests.Session, job_id: str) -> str:
    url = f"{HOST}/v1/{PROJECT_ID}/2d-digital-human-videos/{job_id}"
    while True:
        # same URL every time, no delay: 10/s <= 20/s, but a busy poll (show2_d_digital_human_video)
        state = session.get(url, timeout=10).json()["state"]  # expect: MST103 ~10/s
        if state in TERMINAL:
            return state


def wait_video_politely(session: requests.Session, job_id: str) -> str:
    url = f"{HOST}/v1/{PROJECT_ID}/2d-digital-human-videos/{job_id}"
    state = session.get(url, timeout=10).json()["state"]
    while state not in TERMINAL:
        # 5 s between polls: no finding
        time.sleep(POLL_INTERVAL_S)
        state = session.get(url, timeout=10).json()["state"]
    return state


async def wait_tts(client: httpx.AsyncClient, job_id: str) -> dict:
    while True:
        # same job every time, no delay: 10/s <= 20/s, busy poll (GET .../ttsc/async-jobs/{job_id})
        resp = await client.get(f"{HOST}/v1/{PROJECT_ID}/ttsc/async-jobs/{job_id}")  # expect: MST103 ~10/s
        data = resp.json()
        if data["state"] in ("FINISHED", "FAILED"):
            return data


def wait_tts_configurable(session: requests.Session, job_id: str, interval: float) -> dict:
    while True:
        data = session.get(f"{HOST}/v1/{PROJECT_ID}/ttsc/async-jobs/{job_id}", timeout=10).json()
        if data["state"] in ("FINISHED", "FAILED"):
            return data
        # delay of unknown length: throttled on purpose, no finding
        time.sleep(interval)


def recent_jobs(session: requests.Session) -> list:
    jobs, offset = [], 0
    while True:
        # pagination (offset changes): not polling; 10/s <= 20/s (GET .../digital-human-videos): no finding
        page = session.get(f"{HOST}/v1/{PROJECT_ID}/digital-human-videos",
                           params={"offset": offset, "limit": 100, "state": "PROCESSING"}, timeout=10).json()
        jobs.extend(page.get("videos", []))
        if len(page.get("videos", [])) < 100:
            return jobs
        offset += 100


def drain(session: requests.Session, pending: set) -> dict:
    done = {}
    while pending:
        for job_id in sorted(pending):
            # a different job each iteration of the inner loop: 10/s <= 20/s, no finding
            state = session.get(f"{HOST}/v1/{PROJECT_ID}/2d-digital-human-videos/{job_id}", timeout=10).json()["state"]
            if state in TERMINAL:
                done[job_id] = state
                pending.discard(job_id)
        time.sleep(10)
    return done
