"""Thin service layer over the knowledge-base APIs."""
from huaweicloudsdkmetastudio.v1 import (
    CreateKnowledgeIntentRequest,
    CreateKnowledgeQuestionRequest,
    DeleteKnowledgeQuestionRequest,
    ExportKnowledgeSkillRequest,
    ListKnowledgeQuestionRequest,
    ShowKnowledgeQuestionRequest,
    UpdateBatchKnowledgeQuestionRequest,
    UpdateKnowledgeQuestionRequest,
)

from kb_sync.clients import studio_client


class KnowledgeService:
    def __init__(self):
        self.client = studio_client()

    def list_questions(self, offset=0, limit=50):
        return self.client.list_knowledge_question(ListKnowledgeQuestionRequest(offset=offset, limit=limit))

    def show_question(self, question_id):
        return self.client.show_knowledge_question(ShowKnowledgeQuestionRequest(question_id=question_id))

    def create_question(self, body):
        return self.client.create_knowledge_question(CreateKnowledgeQuestionRequest(body=body))

    def update_question(self, question_id, body):
        req = UpdateKnowledgeQuestionRequest(question_id=question_id, body=body)
        return self.client.update_knowledge_question(req)

    def delete_question(self, question_id):
        return self.client.delete_knowledge_question(DeleteKnowledgeQuestionRequest(body={"question_id": question_id}))

    def batch_update(self, body):
        return self.client.update_batch_knowledge_question(UpdateBatchKnowledgeQuestionRequest(body=body))

    def create_intent(self, body):
        return self.client.create_knowledge_intent(CreateKnowledgeIntentRequest(body=body))

    def export_skill(self, skill_id):
        return self.client.export_knowledge_skill(ExportKnowledgeSkillRequest(skill_id=skill_id))
