"""Nightly job: submit a training batch and wait for each model."""
import logging

from avatar_ops.service import TERMINAL_TRAINING_STATES, AvatarService

log = logging.getLogger(__name__)


def submit_batch(names, batch_name):
    service = AvatarService()
    job_ids = []
    for name in names:
        resp = service.submit_training(name, batch_name)
        log.info("submitted %s as %s", name, resp.job_id)
        job_ids.append(resp.job_id)
    return job_ids


def wait_for_training(job_id, service=None):
    service = service or AvatarService()
    while True:
        state = service.training_state(job_id)  # expect: MST103 ~10/s @17
        if state in TERMINAL_TRAINING_STATES:
            log.info("job %s finished with %s", job_id, state)
            return state

