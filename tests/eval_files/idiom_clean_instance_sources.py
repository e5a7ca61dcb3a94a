"""The same instance sources, with paced loops."""
import functools
import os
import time
from dataclasses import dataclass, field

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateHotQuestionReq,
    CreateHotQuestionRequest,
    MetaStudioClient,
    ShowSmartLiveRoomRequest,
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
        time.sleep(0.3)  # 1 / 0.4 s = 2.5/s <= 4/s


class RoomReader:
    def __init__(self, client):
        self.client = client

    def get(self, room_id):
        return self.client.show_smart_live_room(ShowSmartLiveRoomRequest(room_id=room_id))


@functools.lru_cache(maxsize=None)
def content_service() -> ChatContent:
    return ChatContent()


@dataclass
class Campaign:
    robot_id: str
    reader: RoomReader = field(default_factory=lambda: RoomReader(_client()))


def seed_hot_questions(robot_id, questions):
    for text in questions:
        content_service().hot_question(robot_id, text)


def snapshot(campaign: Campaign, room_ids):
    return [campaign.reader.get(r) for r in room_ids]  # 10/s <= 20/s
