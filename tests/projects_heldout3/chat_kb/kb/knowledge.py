"""Knowledge-base skills and questions of the application."""
from huaweicloudsdkmetastudio.v1 import (
    CreateKnowledgeQuestionRequest,
    CreateKnowledgeSkillRequest,
)


def add_skill(client, body):
    return client.create_knowledge_skill(CreateKnowledgeSkillRequest(body=body))  # expect: MST301


def add_question(client, body):
    return client.create_knowledge_question(CreateKnowledgeQuestionRequest(body=body))  # expect: MST301
