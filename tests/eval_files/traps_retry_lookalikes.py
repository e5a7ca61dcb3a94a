"""Retry code that looks like MST104 but is fine. Expected: no finding."""
import logging
import time

import requests
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential
from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    MetaStudioClient,
    ShowSmartLiveRequest,
    StopSmartLiveRequest,
)

log = logging.getLogger(__name__)

RETRY_AFTER_S = 2


def put_with_retry(url: str, data: bytes) -> None:
    # retries an OBS upload (requests), not a MetaStudio call
    for _ in range(5):
        try:
            requests.put(url, data=data, timeout=300).raise_for_status()
            return
        except requests.exceptions.ConnectionError:
            continue
    raise RuntimeError("upload failed")


def create_many(client: MetaStudioClient, names: list) -> list:
    failed = []
    for name in names:
        try:
            client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))
        except exceptions.ClientRequestException as e:
            # a different product next time round: not a retry; 1 / (0.1 + 0.5) = 1.67/s <= 4/s
            log.warning("skip %s: %s", name, e.error_msg)
            failed.append(name)
        time.sleep(0.5)
    return failed


def live_state(client: MetaStudioClient, room_id: str, job_id: str) -> str:
    req = ShowSmartLiveRequest(room_id=room_id, job_id=job_id)
    while True:
        try:
            return client.show_smart_live(req).state
        except exceptions.ClientRequestException as e:
            if e.status_code != 429:
                raise
            # waits before calling again
            time.sleep(RETRY_AFTER_S)


@retry(
    retry=retry_if_exception_type(exceptions.ServerResponseException),
    wait=wait_exponential(multiplier=1, max=30),
    stop=stop_after_attempt(5),
)
def stop_live(client: MetaStudioClient, room_id: str, job_id: str) -> None:
    client.stop_smart_live(StopSmartLiveRequest(room_id=room_id, job_id=job_id))
