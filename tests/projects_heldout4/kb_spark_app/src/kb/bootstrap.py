"""One-off: create the Spark application and its dialog room."""
from huaweicloudsdkmetastudio.v1 import (
    ChatVoiceConfig,
    CreateRobotReq,
    CreateRobotRequest,
    CreateSmartChatRoomReq,
    CreateSmartChatRoomRequest,
    IflytekSpark,
)

from . import settings
from .clients import MAIN


def create_application(name):
    spark = IflytekSpark(app_id=settings.SPARK_APP_ID, app_key=settings.SPARK_KEY, api_secret=settings.SPARK_SECRET)
    body = CreateRobotReq(name=name, app_type=2, iflytek_spark=spark, language="zh_CN")
    return MAIN.create_robot(CreateRobotRequest(body=body)).robot_id


def create_room(robot_id):
    voice = ChatVoiceConfig(voice_asset_id=settings.ASSISTANT_TIMBRE, speed=100)
    body = CreateSmartChatRoomReq(room_name="help-desk", robot_id=robot_id, voice_config=voice)
    return MAIN.create_smart_chat_room(CreateSmartChatRoomRequest(body=body)).room_id
