"""A wrapper whose methods a class decorator generates (setattr forwarding to the SDK client): a call
of such a method with the API's request object is that API's call."""
from dataclasses import dataclass

from huaweicloudsdkmetastudio.v1 import CreateKnowledgeQuestionRequest, MetaStudioClient, ShowAssetRequest


def forwards(*names):
    def wrap(cls):
        for name in names:
            setattr(cls, name, lambda self, req, _n=name: getattr(self._sdk, _n)(req))
        return cls
    return wrap


@forwards("create_knowledge_question", "show_asset")
class Client:
    def __init__(self):
        self._sdk = MetaStudioClient.new_builder().build()


@dataclass
class Question:
    intent_id: str
    text: str


client = Client()


def load(questions):
    for q in questions:
        client.create_knowledge_question(CreateKnowledgeQuestionRequest())  # expect: MST101 ~10/s @9


def audit(asset_ids):
    return [client.show_asset(ShowAssetRequest(asset_id=a)) for a in asset_ids]  # 10/s against 20/s: silent
