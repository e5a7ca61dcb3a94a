"""Provision the in-store shopping assistant (intelligent interaction) for the Singapore tenant."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import (
    ChatVoiceConfig,
    CreateDialogUrlReq,
    CreateDialogUrlRequest,
    CreateRobotReq,
    CreateRobotRequest,
    CreateSmartChatRoomReq,
    CreateSmartChatRoomRequest,
    ListRobotRequest,
    MetaStudioClient,
    ShowSmartChatRoomRequest,
    StartSmartChatJobRequest,
    ThirdPartyModelConfig,
)

SINGAPORE = Region("ap-southeast-3", "https://metastudio.ap-southeast-3.myhuaweicloud.com")

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(SINGAPORE)
    .build()
)


def existing_apps():
    # querying applications is offered in AP-Singapore: no finding
    return client.list_robot(ListRobotRequest(offset=0, limit=50)).data or []


def provision(model_asset_id: str, voice_asset_id: str, llm_url: str) -> str:
    llm = ThirdPartyModelConfig(app_id="shop-assistant", app_key=os.environ["LLM_KEY"], llm_url=llm_url, is_stream=True)
    # applications, interactive dialogs and dialog URLs are not offered in AP-Singapore
    robot = client.create_robot(  # expect: MST201
        CreateRobotRequest(body=CreateRobotReq(name="shop-assistant", app_type=6, third_party_model_config=llm))
    )
    room = client.create_smart_chat_room(  # expect: MST201
        CreateSmartChatRoomRequest(body=CreateSmartChatRoomReq(
            room_name="store-entrance",
            model_asset_id=model_asset_id,
            voice_config_list=[ChatVoiceConfig(voice_asset_id=voice_asset_id, language="en_US")],
            robot_id=robot.robot_id,
        ))
    )
    link = client.create_dialog_url(CreateDialogUrlRequest(body=CreateDialogUrlReq(room_id=room.room_id, robot_id=robot.robot_id)))  # expect: MST201
    return link.url


def start_session(room_id: str, robot_id: str) -> str:
    detail = client.show_smart_chat_room(ShowSmartChatRoomRequest(room_id=room_id))
    job = client.start_smart_chat_job(StartSmartChatJobRequest(room_id=detail.room_id, robot_id=robot_id))  # expect: MST201
    return job.job_id


if __name__ == "__main__":
    if not existing_apps():
        print(provision(os.environ["MODEL_ASSET_ID"], os.environ["VOICE_ASSET_ID"], os.environ["LLM_URL"]))
