from huaweicloudsdkmetastudio.v1 import (
    CreateKnowledgeQuestionReq,
    CreateKnowledgeQuestionRequest,
    ShowKnowledgeSkillRequest,
)

from .clients import MAIN


def add_question(intent_id, question):
    body = CreateKnowledgeQuestionReq(question=question, intent_id=intent_id)
    return MAIN.create_knowledge_question(CreateKnowledgeQuestionRequest(body=body))


def show_skill(skill_id):
    return MAIN.show_knowledge_skill(ShowKnowledgeSkillRequest(skill_id=skill_id))
