"""FAQ (hot question) management for one application in one region."""
from huaweicloudsdkmetastudio.v1 import (
    CreateHotQuestionReq,
    CreateHotQuestionRequest,
    ListHotQuestionRequest,
    MetaStudioClient,
    UpdateHotQuestionReq,
    UpdateHotQuestionRequest,
)

from .clients import CLIENTS
from .settings import CONFIG

PAGE_SIZE = CONFIG["page_size"]


class FaqService:
    def __init__(self, client: MetaStudioClient, robot_id: str):
        self.client = client
        self.robot_id = robot_id

    @classmethod
    def for_region(cls, region: str, robot_id: str) -> "FaqService":
        return cls(CLIENTS[region], robot_id)

    @staticmethod
    def normalise(text: str) -> str:
        return " ".join(text.split()).rstrip("?？") + "?"

    @staticmethod
    def rename(client: MetaStudioClient, question_id: str, text: str):
        body = UpdateHotQuestionReq(hot_question=FaqService.normalise(text))
        return client.update_hot_question(UpdateHotQuestionRequest(hot_question_id=question_id, body=body))

    def add(self, question: str):
        body = CreateHotQuestionReq(robot_id=self.robot_id, hot_question=self.normalise(question),
                                    language=CONFIG["language"])
        return self.client.create_hot_question(CreateHotQuestionRequest(body=body))

    def iter_all(self):
        page_token = "0"
        while page_token:
            offset = int(page_token)
            resp = self.client.list_hot_question(
                ListHotQuestionRequest(robot_id=self.robot_id, offset=offset, limit=PAGE_SIZE))
            yield from resp.data or []
            offset += PAGE_SIZE
            page_token = str(offset) if offset < (resp.count or 0) else ""
