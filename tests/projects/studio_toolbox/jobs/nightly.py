"""Nightly audit: a JSON report of every live room of the Shanghai tenant."""
import json
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import date
from pathlib import Path

from lib import pacing
from lib.feeds import iter_rooms
from lib.metastudio import studio

log = logging.getLogger(__name__)

REPORT_DIR = Path("reports")


def audit_rooms():
    rooms = list(iter_rooms(studio))
    futures = {}
    with ThreadPoolExecutor(max_workers=pacing.AUDIT_WORKERS) as pool:
        for room in rooms:
            futures[pool.submit(studio.room, room.room_id)] = room  # expect: MST102 ~20/s
        report = []
        for future in as_completed(futures):
            room = futures[future]
            try:
                detail = future.result()
            except Exception:  # keep auditing the other rooms
                log.exception("could not read room %s", room.room_id)
                continue
            report.append({"room_id": room.room_id, "name": detail.room_name, "state": detail.room_state})
    REPORT_DIR.mkdir(exist_ok=True)
    path = REPORT_DIR / f"rooms-{date.today():%Y%m%d}.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    log.info("audited %d rooms into %s", len(report), path)
    return path
