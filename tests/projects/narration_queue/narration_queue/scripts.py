"""Create video scripts for finished narrations and render them."""
import logging

from .services import studio

log = logging.getLogger(__name__)


def create_scripts(names, voices):
    created = []
    for index, (name, voice) in enumerate(zip(names, voices)):
        created.append(studio.new_script(f"{index:03d}-{name}", voice).script_id)
    return created


def render_all(script_ids):
    job_ids = []
    for script_id in script_ids:
        def _submit(sid=script_id):
            job_id = studio.render(sid)
            log.info("render %s -> %s", sid, job_id)
            return job_id
        job_ids.append(_submit())  # expect: MST101 ~10/s
    return job_ids
