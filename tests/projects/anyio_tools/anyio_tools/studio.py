"""The MetaStudio client and blocking helpers around it."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    BatchExecuteAssetActionRequest,
    CreateProductRequest,
    CreateTtsAuditionRequest,
    ListSmartLiveRoomsRequest,
    MetaStudioClient,
    Show2DDigitalHumanVideoRequest,
    ShowSmartLiveRoomRequest,
    StartSmartLiveRequest,
    UpdateProductRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from anyio_tools import settings

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.value_of(settings.REGION))
    .build()
)


def show_room(room_id):
    return client.show_smart_live_room(ShowSmartLiveRoomRequest(room_id=room_id))


def list_rooms(room_state, limit=100):
    return client.list_smart_live_rooms(ListSmartLiveRoomsRequest(room_status=room_state, limit=limit))


def start_live(room_id, body=None):
    return client.start_smart_live(StartSmartLiveRequest(room_id=room_id, body=body))


def create_product(body):
    return client.create_product(CreateProductRequest(body=body))


def reprice_product(product_id, body):
    return client.update_product(UpdateProductRequest(product_id=product_id, body=body))


def batch_action(body):
    return client.batch_execute_asset_action(BatchExecuteAssetActionRequest(body=body))


def preview_tts(text):
    """Create a TTS preview job for one line of the host script."""
    resp = client.create_tts_audition(CreateTtsAuditionRequest(body={"text": text}))
    return resp.job_id


def video_state(job_id):
    resp = client.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id))
    return resp.state
