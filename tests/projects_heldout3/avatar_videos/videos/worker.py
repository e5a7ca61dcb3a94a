"""Render worker: submit a script, wait for the result."""
import logging

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException

from . import api
from .config import DONE_STATES, MAX_SUBMIT_ATTEMPTS

log = logging.getLogger(__name__)


def submit_with_retry(body):
    attempt = 0
    while attempt < MAX_SUBMIT_ATTEMPTS:
        attempt += 1
        try:
            return api.submit(body)  # expect: MST104
        except ClientRequestException as err:
            log.warning("submit failed (%s), retrying", err.error_code)
    raise RuntimeError("gave up")


def wait_for(job_id):
    while True:
        state = api.status(job_id)  # expect: MST103
        if state in DONE_STATES:
            return state
