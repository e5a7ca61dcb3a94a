"""Paged generators over MetaStudio listings, shared by scripts/ and jobs/."""
import time

from lib import pacing
from lib.metastudio import MetaStudioService


def iter_rooms(service: MetaStudioService, *, live_state=None, page_size=50):
    offset = 0
    while True:
        resp = service.rooms(offset=offset, limit=page_size, live_state=live_state)
        rooms = resp.smart_live_rooms or []
        yield from rooms
        offset += len(rooms)
        if not rooms or offset >= (resp.count or 0):
            break
        time.sleep(pacing.PAGE_PAUSE_S)


def iter_live_jobs(service: MetaStudioService, *, state="PROCESSING", page_size=50):
    offset = 0
    while True:
        resp = service.live_jobs(offset=offset, limit=page_size, state=state)
        jobs = resp.smart_live_jobs or []
        yield from jobs
        offset += len(jobs)
        if not jobs or offset >= (resp.count or 0):
            break
        time.sleep(pacing.PAGE_PAUSE_S)


def iter_scripts(service: MetaStudioService, *, page_size=50):
    offset = 0
    while True:
        resp = service.scripts(offset=offset, limit=page_size)
        scripts = resp.video_scripts or []
        yield from scripts
        offset += len(scripts)
        if not scripts or offset >= (resp.count or 0):
            break
        time.sleep(pacing.PAGE_PAUSE_S)
