from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException

from liveops.backoff import wait_before_retry
from liveops.rooms import RoomControl
from liveops.settings import MAX_ATTEMPTS


def start_with_backoff(control: RoomControl, room_id, body):
    for attempt in range(MAX_ATTEMPTS):
        try:
            return control.start(room_id, body)
        except ClientRequestException:
            wait_before_retry(attempt)
    raise RuntimeError("could not start room %s" % room_id)


def start_now(ak, sk, room_id, body):
    control = RoomControl(ak, sk)
    while True:
        try:
            return control.start(room_id, body)  # expect: MST104
        except ClientRequestException as exc:
            print("start failed, trying again:", exc.error_code)
