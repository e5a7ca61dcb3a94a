from fastapi import APIRouter, Depends
from huaweicloudsdkmetastudio.v1 import (
    CreateSmartChatRoomRequest,
    ListSmartChatRoomsRequest,
    MetaStudioClient,
    ShowSmartChatRoomRequest,
)

from concierge.deps import get_client

router = APIRouter()


@router.post("/dialogs")
def open_dialog(name: str, client: MetaStudioClient = Depends(get_client)):
    request = CreateSmartChatRoomRequest(body={"room_name": name})
    return client.create_smart_chat_room(request)  # expect: MST201


@router.get("/dialogs")
def list_dialogs(client: MetaStudioClient = Depends(get_client)):
    return client.list_smart_chat_rooms(ListSmartChatRoomsRequest(limit=20))


@router.post("/dialogs/refresh")
def refresh(room_ids: list, client: MetaStudioClient = Depends(get_client)):
    details = []
    for room_id in room_ids:
        details.append(client.show_smart_chat_room(ShowSmartChatRoomRequest(room_id=room_id)))
    return details
