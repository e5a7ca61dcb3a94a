"""Live-ops helpers with home-grown retries (the gateway answers APIGW.0308 at peak time)."""
import logging
import time

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    CreateSmartLiveRoomRequest,
    DeleteSmartLiveRoomRequest,
    MetaStudioClient,
    StartSmartLiveRequest,
    StopSmartLiveRequest,
)

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5


def create_room(client: MetaStudioClient, body):
    for attempt in range(MAX_ATTEMPTS):
        try:
            return client.create_smart_live_room(CreateSmartLiveRoomRequest(body=body))  # expect: MST104
        except exceptions.ClientRequestException as e:
            if e.error_code != "APIGW.0308" or attempt == MAX_ATTEMPTS - 1:
                raise
            log.warning("throttled creating room (attempt %d), retrying", attempt + 1)


def start_live(client: MetaStudioClient, room_id, body):
    while True:
        try:
            return client.start_smart_live(StartSmartLiveRequest(room_id=room_id, body=body))  # expect: MST104
        except exceptions.ServerResponseException as e:
            log.warning("start failed with %s, trying again", e.status_code)
            continue


def stop_live(client: MetaStudioClient, room_id, job_id) -> bool:
    attempts = 0
    while attempts < 3:
        try:
            client.stop_smart_live(StopSmartLiveRequest(room_id=room_id, job_id=job_id))  # expect: MST104 @13
            return True
        except exceptions.ClientRequestException as e:
            attempts += 1
            if e.status_code != 429:
                raise
    return False


def delete_room(client: MetaStudioClient, room_id):
    """Retries with exponential backoff on the retry path: no finding (3 attempts fit in 4/s)."""
    for attempt in range(3):
        try:
            return client.delete_smart_live_room(DeleteSmartLiveRoomRequest(room_id=room_id))
        except exceptions.ClientRequestException as e:
            if e.status_code != 429:
                raise
            time.sleep(2 ** attempt)
    return None
