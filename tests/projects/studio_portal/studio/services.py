"""Thin wrapper over the MetaStudio SDK used by views, tasks and management commands."""
import logging
from typing import List, Optional

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    CreateProductRequest,
    CreateProductRequestBody,
    CreateSmartLiveRoomReq,
    CreateSmartLiveRoomRequest,
    ListSmartLiveRoomsRequest,
    LiveShootScriptItem,
    LiveVideoScriptInfo,
    ProductAssetReleation,
    ProductCoverInfo,
    ProductMediaInfo,
    SetProductAssetRequest,
    ShootScript,
    ShootScriptItem,
    Show2DDigitalHumanVideoRequest,
    ShowSmartLiveRoomRequest,
    TextConfig,
    UpdateProductRequest,
    UpdateProductRequestBody,
    VoiceConfig,
)

from .clients import get_client

logger = logging.getLogger(__name__)

MAX_CREATE_ATTEMPTS = 4
ROOM_PAGE_SIZE = 50


class StudioService:
    def __init__(self):
        self.client = get_client()

    # -- products -------------------------------------------------------
    def create_product(self, name: str, description: str, cover_asset_id: Optional[str] = None) -> str:
        body = CreateProductRequestBody(name=name, description=description)
        if cover_asset_id:
            body.cover = ProductCoverInfo(asset_id=cover_asset_id)
        return self.client.create_product(CreateProductRequest(body=body)).product_id

    def link_asset(self, product_id: str, asset_id: str, asset_type: str = "IMAGE") -> None:
        """Bring an asset under the product's management (the first image becomes its cover)."""
        relation = ProductAssetReleation(asset_item=ProductMediaInfo(asset_id=asset_id, asset_type=asset_type),
                                         action="LINK")
        self.client.set_product_asset(SetProductAssetRequest(product_id=product_id, body=relation))

    def update_product(self, product_id: str, name: str, description: str) -> None:
        body = UpdateProductRequestBody(name=name, description=description)
        self.client.update_product(UpdateProductRequest(product_id=product_id, body=body))

    # -- videos ---------------------------------------------------------
    def create_video_job(self, model_asset_id: str, voice_asset_id: str, text: str) -> str:
        script = ShootScriptItem(sequence_no=0, shoot_script=ShootScript(text_config=TextConfig(text=text)))
        body = Create2DDigitalHumanVideoReq(
            model_asset_id=model_asset_id,
            voice_config=VoiceConfig(voice_asset_id=voice_asset_id, speed=100),
            shoot_scripts=[script],
        )
        return self.client.create2_d_digital_human_video(Create2DDigitalHumanVideoRequest(body=body)).job_id

    def video_job(self, job_id: str):
        return self.client.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id))

    # -- live rooms -----------------------------------------------------
    def room_ids(self) -> List[str]:
        ids: List[str] = []
        offset = 0
        while True:
            page = self.client.list_smart_live_rooms(ListSmartLiveRoomsRequest(offset=offset, limit=ROOM_PAGE_SIZE))
            ids.extend(room.room_id for room in page.smart_live_rooms or [])
            offset += ROOM_PAGE_SIZE
            if offset >= (page.count or 0):
                return ids

    def room_detail(self, room_id: str):
        return self.client.show_smart_live_room(ShowSmartLiveRoomRequest(room_id=room_id))

    def create_live_room(self, name: str, model_asset_id: str, voice_asset_id: str, lines: List[str]) -> str:
        shoot = [LiveShootScriptItem(sequence_no=i, text_config=TextConfig(text=t)) for i, t in enumerate(lines)]
        scene = LiveVideoScriptInfo(
            script_name="main",
            model_asset_id=model_asset_id,
            voice_config=VoiceConfig(voice_asset_id=voice_asset_id),
            shoot_scripts=shoot,
        )
        request = CreateSmartLiveRoomRequest(body=CreateSmartLiveRoomReq(room_name=name, scene_scripts=[scene]))
        for attempt in range(1, MAX_CREATE_ATTEMPTS + 1):
            try:
                return self.client.create_smart_live_room(request).room_id  # expect: MST104
            except ClientRequestException as exc:
                if exc.error_code != "APIGW.0308" or attempt == MAX_CREATE_ATTEMPTS:
                    raise
                logger.warning("room %s: throttled by the API gateway, attempt %d/%d", name, attempt,
                               MAX_CREATE_ATTEMPTS)
        raise RuntimeError("unreachable")
