"""Knowledge-base skills, intents and questions of the help-desk application."""
from huaweicloudsdkmetastudio.v1 import (
    CreateKnowledgeIntentReq,
    CreateKnowledgeIntentRequest,
    CreateKnowledgeQuestionReq,
    CreateKnowledgeQuestionRequest,
    CreateKnowledgeSkillReq,
    CreateKnowledgeSkillRequest,
    ListKnowledgeSkillRequest,
)

__all__ = ["KnowledgeStore"]


class KnowledgeStore:
    def __init__(self, client):
        self.client = client

    def add_skill(self, name, identify):
        req = CreateKnowledgeSkillRequest(body=CreateKnowledgeSkillReq(name=name, identify=identify))
        return self.client.create_knowledge_skill(req).skill_id  # expect: MST301

    def add_intent(self, skill_id, name, answer):
        body = CreateKnowledgeIntentReq(name=name, answer=answer, skill_id=skill_id)
        return self.client.create_knowledge_intent(CreateKnowledgeIntentRequest(body=body)).intent_id  # expect: MST301

    def add_question(self, intent_id, question):
        body = CreateKnowledgeQuestionReq(question=question, intent_id=intent_id)
        return self.client.create_knowledge_question(CreateKnowledgeQuestionRequest(body=body))  # expect: MST301

    def skills(self):
        return self.client.list_knowledge_skill(ListKnowledgeSkillRequest(limit=100))  # expect: MST301
