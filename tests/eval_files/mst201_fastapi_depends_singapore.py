"""FastAPI endpoints of the Singapore concierge: the client comes from a dependency provider.

Expected: MST201 where a dialog is created (interactive dialogs are not offered in AP-Singapore);
the region is known from the provider given to Depends, although the parameter is only annotated.
"""
from fastapi import APIRouter, Depends
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import CreateSmartChatRoomRequest, ListSmartChatRoomsRequest, MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

router = APIRouter()


def get_client() -> MetaStudioClient:
    return (MetaStudioClient.new_builder()
            .with_credentials(BasicCredentials("ak", "sk"))
            .with_region(MetaStudioRegion.AP_SOUTHEAST_3)
            .build())


@router.post("/dialogs")
def open_dialog(name: str, client: MetaStudioClient = Depends(get_client)):
    return client.create_smart_chat_room(CreateSmartChatRoomRequest(body={"room_name": name}))  # expect: MST201 @12


@router.get("/dialogs")
def list_dialogs(client: MetaStudioClient = Depends(get_client)):
    return client.list_smart_chat_rooms(ListSmartChatRoomsRequest(limit=20))
