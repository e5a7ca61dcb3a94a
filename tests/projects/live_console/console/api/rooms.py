"""Room catalogue and assistant dialogs, on the SDK's async client.

``MetaStudioAsyncClient`` returns a ``concurrent.futures.Future`` for every ``*_async`` call;
the catalogue is read once at start-up, so most calls simply wait for ``result()``.
"""
from __future__ import annotations

import logging
from typing import Iterable

from huaweicloudsdkmetastudio.v1 import (
    CreateSmartChatRoomReq,
    CreateSmartChatRoomRequest,
    ListSmartChatRoomsRequest,
    ListSmartLiveRoomsRequest,
    MetaStudioAsyncClient,
    ShowSmartLiveRoomRequest,
)

from console import settings

log = logging.getLogger(__name__)


class RoomCatalog:
    def __init__(self, client: MetaStudioAsyncClient) -> None:
        self._client = client

    def list_rooms(self) -> list:
        rooms: list = []
        offset = 0
        while True:
            request = ListSmartLiveRoomsRequest(offset=offset, limit=settings.ROOM_PAGE_SIZE)
            page = self._client.list_smart_live_rooms_async(request).result()
            rooms.extend(page.smart_live_rooms or [])
            offset += settings.ROOM_PAGE_SIZE
            if offset >= (page.count or 0):
                return rooms

    def room_details(self, room_ids: Iterable[str]) -> dict:
        """Fetch the scripts of many rooms at once: the SDK runs the requests on its own threads."""
        pending = {
            room_id: self._client.show_smart_live_room_async(ShowSmartLiveRoomRequest(room_id=room_id))  # expect: MST102 ~80/s
            for room_id in room_ids
        }
        return {room_id: future.result() for room_id, future in pending.items()}

    def assistant_rooms(self) -> list:
        resp = self._client.list_smart_chat_rooms_async(ListSmartChatRoomsRequest(limit=10)).result()
        return resp.smart_chat_rooms or []

    def create_assistant_room(self, name: str, robot_id: str, model_asset_id: str) -> str:
        """Create the interactive dialog that answers viewers' questions next to the live room."""
        body = CreateSmartChatRoomReq(room_name=name, robot_id=robot_id, model_asset_id=model_asset_id)
        resp = self._client.create_smart_chat_room_async(CreateSmartChatRoomRequest(body=body)).result()  # expect: MST201
        log.info("assistant dialog %s created for robot %s", resp.room_id, robot_id)
        return resp.room_id
