"""Common plumbing of the narration engines: client per region, SDK dispatch, waiting for jobs."""
import logging
import time

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException, ServerResponseException
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

from .. import config
from ..clients import CLIENTS

log = logging.getLogger(__name__)


class NarrationFailed(RuntimeError):
    pass


class NarrationEngine:
    """Base class: subclasses say which SDK operations submit a text and report on a job."""

    done_states = ("SUCCEED",)
    failed_states = ("FAILED",)

    def __init__(self, region: str = config.DEFAULT_REGION):
        self.region = region
        self.client = CLIENTS[region]

    @retry(
        retry=retry_if_exception_type((ClientRequestException, ServerResponseException)),
        wait=wait_exponential(multiplier=1, max=20),
        stop=stop_after_attempt(4),
        reraise=True,
    )
    def _invoke(self, operation: str, request):
        log.debug("%s %s in %s", operation, type(request).__name__, self.region)
        return getattr(self.client, operation)(request)

    def submit(self, text: str, voice: str) -> str:
        raise NotImplementedError

    def status(self, job_id: str):
        """Return ``(state, payload)`` for a submitted job."""
        raise NotImplementedError

    def wait(self, job_id: str, timeout_s: float = 900):
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            state, payload = self.status(job_id)
            if state in self.done_states:
                return payload
            if state in self.failed_states:
                raise NarrationFailed(f"{type(self).__name__} job {job_id}: {payload}")
            time.sleep(config.POLL_SECONDS)
        raise TimeoutError(job_id)
