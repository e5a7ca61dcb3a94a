"""Starting the kiosk's live stream."""
from huaweicloudsdkmetastudio.v1 import StartSmartLiveRequest

from kiosk.client import client
from utils.retry import retry_on_error


@retry_on_error
def start(room_id, body):
    return client.start_smart_live(StartSmartLiveRequest(room_id=room_id, body=body))
