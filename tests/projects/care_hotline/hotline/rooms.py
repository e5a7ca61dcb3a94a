"""Interactive dialog rooms of the hotline and the chat jobs that run in them."""
from huaweicloudsdkmetastudio.v1 import (ChatVoiceConfig, CreateSmartChatRoomReq, CreateSmartChatRoomRequest,
                                         ListSmartChatJobRequest, ListSmartChatRoomsRequest, SmartChatJobsReq,
                                         StartSmartChatJobRequest, StopSmartChatJobRequest)

from hotline import settings
from hotline.clients import overseas_client, primary_client


def day_voice():
    return ChatVoiceConfig(voice_asset_id=settings.DAY_TIMBRE, speed=100, volume=140, language="CN")


def returns_voice():
    return ChatVoiceConfig(voice_asset_id=settings.RETURNS_TIMBRE, speed=95, language="CN")


def night_voice():
    return ChatVoiceConfig(voice_asset_id=settings.NIGHT_TIMBRE, speed=90, volume=120, language="CN")


class RoomService:
    def __init__(self, client):
        self.client = client

    def create_room(self, name, robot_id, model_asset_id, voice):
        body = CreateSmartChatRoomReq(room_name=name, robot_id=robot_id, model_asset_id=model_asset_id,
                                      voice_config_list=[voice], concurrency=settings.CHAT_CONCURRENCY)
        return self.client.create_smart_chat_room(CreateSmartChatRoomRequest(body=body)).room_id

    def start_session(self, room_id, robot_id):
        req = StartSmartChatJobRequest(room_id=room_id, robot_id=robot_id, body=SmartChatJobsReq())
        return self.client.start_smart_chat_job(req).job_id

    def running_jobs(self, room_id):
        req = ListSmartChatJobRequest(room_id=room_id, state="PROCESSING", limit=1)
        return self.client.list_smart_chat_job(req).count

    def stop_session(self, room_id, job_id):
        self.client.stop_smart_chat_job(StopSmartChatJobRequest(room_id=room_id, job_id=job_id))


def singapore_rooms():
    """Dialog rooms that already exist in the SG tenant."""
    resp = overseas_client().list_smart_chat_rooms(ListSmartChatRoomsRequest(room_name="showroom", limit=10))
    return [room.room_id for room in resp.smart_chat_rooms or []]


def open_singapore_showroom(robot_id, model_asset_id):
    """Mirror the day desk for visitors of the Singapore web shop."""
    sg = overseas_client()
    body = CreateSmartChatRoomReq(room_name="care-showroom-sg", robot_id=robot_id, model_asset_id=model_asset_id,
                                  voice_config_list=[day_voice()], concurrency=1)
    return sg.create_smart_chat_room(CreateSmartChatRoomRequest(body=body)).room_id  # expect: MST201


primary_rooms = RoomService(primary_client())
