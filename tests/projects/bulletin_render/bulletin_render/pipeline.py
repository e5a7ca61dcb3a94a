"""Nightly run: narrate headlines, upload bumpers, render bulletins, wait, clean up."""
import asyncio
import json
import logging
import sys

from huaweicloudsdkcore.exceptions.exceptions import ServerResponseException

from . import dispatch, render, studio
from .dispatch import RENDER_PACER
from .housekeeping import cancel_queued
from .narration import Narrator
from .uploads import AssetFiles

log = logging.getLogger(__name__)


def submit_late(primary: studio.StudioClient, bulletins) -> list:
    job_ids = []
    for paragraphs in bulletins:
        with RENDER_PACER:
            job_ids.append(primary.submit_video(paragraphs))
    return job_ids


def run(plan: dict) -> dict:
    primary = studio.primary()
    narrator = Narrator()
    audio = [narrator.wait_audio(job_id) for job_id in narrator.synthesize_all(plan["headlines"])]
    AssetFiles(primary).upload_all(plan["bumper_asset_id"], plan["bumpers"])
    try:
        job_ids = asyncio.run(dispatch.submit_all(primary, plan["bulletins"]))
    except ServerResponseException:
        log.error("primary region is failing, rendering the lead bulletin in the failover region")
        backup = studio.failover()
        job_id = backup.submit_video(plan["bulletins"][0])
        return {"failover": render.wait_for(backup, job_id), "audio": audio}
    job_ids += submit_late(primary, plan.get("late_bulletins", []))
    pending = render.wait_all(primary, job_ids)
    cancel_queued(primary, sorted(pending))
    return {"rendered": len(job_ids) - len(pending), "audio": audio}


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        print(json.dumps(run(json.load(fh)), indent=2))
