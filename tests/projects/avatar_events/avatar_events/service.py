"""The MetaStudio service object shared by the event handlers and the live-room workers."""
import logging
from typing import List

from huaweicloudsdkmetastudio.v1 import ListSmartLiveRoomsRequest, MetaStudioClient

from .cleanup import CleanupMixin
from .publish import PublishMixin

# live_state filter: rooms whose last livestream job did not end normally
RESTART_STATES = "FAILED,CANCELED"


class BaseService:
    def __init__(self, client: MetaStudioClient) -> None:
        self.client = client
        self.log = logging.getLogger(type(self).__name__)


class AvatarService(PublishMixin, CleanupMixin, BaseService):
    """Live rooms of one tenant: publish, talk to and clean up digital-human livestreams."""

    def rooms_needing_restart(self, page_size: int = 50) -> List:
        rooms, offset = [], 0
        while True:
            resp = self.client.list_smart_live_rooms(
                ListSmartLiveRoomsRequest(offset=offset, limit=page_size, live_state=RESTART_STATES)
            )
            page = resp.smart_live_rooms or []
            rooms.extend(page)
            if len(page) < page_size:
                return rooms
            offset += page_size
