"""Service instances reached through lru_cache factories, cached properties and dataclass fields."""
import functools
import os
from dataclasses import dataclass, field

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateHotQuestionReq,
    CreateHotQuestionRequest,
    CreateWelcomeSpeechReq,
    CreateWelcomeSpeechRequest,
    MetaStudioClient,
    UpdateSmartLiveRoomRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


def _client():
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_NORTH_4).build()


class ChatContent:
    def __init__(self):
        self.client = _client()

    def hot_question(self, robot_id, text):
        self.client.create_hot_question(CreateHotQuestionRequest(body=CreateHotQuestionReq(robot_id=robot_id, hot_question=text)))

    def welcome(self, robot_id, text):
        body = CreateWelcomeSpeechReq(robot_id=robot_id, welcome_speech=text)
        self.client.create_welcome_speech(CreateWelcomeSpeechRequest(body=body))


class RoomEditor:
    def __init__(self, client):
        self.client = client

    def touch(self, room_id):
        self.client.update_smart_live_room(UpdateSmartLiveRoomRequest(room_id=room_id))


@functools.lru_cache(maxsize=None)
def content_service() -> ChatContent:
    return ChatContent()


@dataclass
class Campaign:
    robot_id: str
    editor: RoomEditor = field(default_factory=lambda: RoomEditor(_client()))


class Console:
    @functools.cached_property
    def content(self) -> ChatContent:
        return ChatContent()


def seed_hot_questions(robot_id, questions):
    for text in questions:
        # 10/s > 4/s (create_hot_question)
        content_service().hot_question(robot_id, text)  # expect: MST101 ~10/s


def seed_welcomes(robot_id, speeches):
    console = Console()
    for text in speeches:
        # 10/s > 4/s (create_welcome_speech)
        console.content.welcome(robot_id, text)  # expect: MST101 ~10/s


def touch_rooms(campaign: Campaign, room_ids):
    for room_id in room_ids:
        # 10/s > 5/s (update_smart_live_room)
        campaign.editor.touch(room_id)  # expect: MST101 ~10/s
