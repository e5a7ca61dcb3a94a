"""Scheduled maintenance jobs for the clip studio (run by `python -m clip_studio.jobs`)."""
import json
import logging
import os
import time

import schedule

from clip_studio.media import LiveRepository, VideoRepository
from clip_studio.scripts import ScriptRepository
from clip_studio.settings import (
    EVENING_ROOMS,
    MORNING_ROOMS,
    PAGE_SIZE,
    PURGE_PAUSE_S,
    ROOM_STAGGER_S,
    SPOOL_DIR,
    TEMPLATE_IDS,
    TERMINAL_STATES,
)

log = logging.getLogger(__name__)

TEMPLATE_TENANT = "globex"


def clone_templates(template_ids):
    repo = ScriptRepository(TEMPLATE_TENANT)
    for script_id in template_ids:
        repo.duplicate(script_id)  # expect: MST101 ~10.0/s
        log.info("cloned template %s", script_id)


def open_evening_shows(room_ids):
    live = LiveRepository("globex")
    for room_id in room_ids:
        live.start(room_id)  # expect: MST101 ~3.3/s
        time.sleep(ROOM_STAGGER_S)


def open_morning_shows(room_ids):
    live = LiveRepository("acme")
    for room_id in room_ids:
        live.start(room_id)
        time.sleep(ROOM_STAGGER_S)


def _load_spool(tenant):
    path = os.path.join(SPOOL_DIR, f"{tenant}.json")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def render_backlog(tenant):
    videos = VideoRepository(tenant)
    for body in _load_spool(tenant):
        job = videos.render(body)  # expect: MST101 ~10.0/s
        log.info("queued render %s for %s", job.job_id, tenant)


def wait_render(tenant, job_id):
    videos = VideoRepository(tenant)
    while True:
        job = videos.status(job_id)  # expect: MST103
        if job.state in TERMINAL_STATES:
            return job
        if job.state == "WAITING":
            time.sleep(5)


def purge_drafts(tenant):
    repo = ScriptRepository(tenant)
    offset = 0
    while True:
        page = repo.page(offset)
        scripts = page.video_scripts or []
        drafts = [s.script_id for s in scripts if s.script_status == "DRAFT"]
        for script_id in drafts:
            repo.remove(script_id)
            time.sleep(PURGE_PAUSE_S)
        if len(scripts) < PAGE_SIZE:
            break
        offset += PAGE_SIZE


def register():
    schedule.every().day.at("02:00").do(purge_drafts, "acme")
    schedule.every().day.at("02:30").do(purge_drafts, "globex")
    schedule.every().day.at("08:00").do(open_morning_shows, MORNING_ROOMS)
    schedule.every().day.at("19:00").do(open_evening_shows, EVENING_ROOMS)
    schedule.every(15).minutes.do(render_backlog, "acme")
    schedule.every().monday.at("06:00").do(clone_templates, TEMPLATE_IDS)


def run_forever():
    register()
    while True:
        schedule.run_pending()
        time.sleep(1)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_forever()
