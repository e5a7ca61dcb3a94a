"""Housekeeping for the script catalogue: quick previews and removal of stale drafts.

    python -m subtitle_studio.maintenance preview SCRIPT_ID...
    python -m subtitle_studio.maintenance prune
"""
import asyncio
import datetime as dt
import logging
import sys

from .services import ScriptCatalog

log = logging.getLogger(__name__)

STALE_AFTER = dt.timedelta(days=30)
DRAFT_PREFIX = "draft-"


async def preview_scripts(catalog: ScriptCatalog, script_ids):
    loop = asyncio.get_running_loop()
    details = await asyncio.gather(*[loop.run_in_executor(None, catalog.script_details, sid) for sid in script_ids])  # expect: MST102 ~320/s
    return {d.script_id: (d.script_name, d.update_time) for d in details}


def _updated(script):
    return dt.datetime.fromisoformat(script.update_time.replace("Z", "+00:00"))


def stale_drafts(catalog: ScriptCatalog, now):
    return [
        s.script_id
        for s in catalog.list_scripts()
        if s.script_name.startswith(DRAFT_PREFIX) and now - _updated(s) > STALE_AFTER
    ]


def prune(catalog: ScriptCatalog):
    stale = stale_drafts(catalog, dt.datetime.now(dt.timezone.utc))
    dropped = list(map(catalog.drop_script, stale))  # expect: MST101 ~10/s
    log.info("dropped %d stale drafts", len(dropped))
    return dropped


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    cat = ScriptCatalog()
    if sys.argv[1] == "preview":
        for script_id, (name, updated) in asyncio.run(preview_scripts(cat, sys.argv[2:])).items():
            print(script_id, name, updated)
    else:
        prune(cat)
