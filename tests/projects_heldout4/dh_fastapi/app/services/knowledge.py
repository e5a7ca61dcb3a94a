"""Knowledge-base skills for the assistant application."""
from huaweicloudsdkmetastudio.v1 import CreateKnowledgeSkillReq, CreateKnowledgeSkillRequest, MetaStudioClient


class KnowledgeService:
    def __init__(self, client: MetaStudioClient) -> None:
        self.client = client

    def add_skill(self, name: str) -> str:
        req = CreateKnowledgeSkillRequest(body=CreateKnowledgeSkillReq(name=name))
        return self.client.create_knowledge_skill(req).skill_id  # expect: MST301
