from huaweicloudsdkmetastudio.v1 import (
    CreateKnowledgeQuestionRequest,
    DeleteKnowledgeQuestionRequest,
    ListKnowledgeQuestionRequest,
)

from helpdesk.client import metastudio


class QuestionBank:
    def __init__(self):
        self.client = metastudio()

    def add(self, question):
        return self.client.create_knowledge_question(CreateKnowledgeQuestionRequest(body=question))  # expect: MST301

    def remove(self, question_id):
        request = DeleteKnowledgeQuestionRequest(question_id=question_id)
        return self.client.delete_knowledge_question(request)  # expect: MST301

    def all(self):
        return self.client.list_knowledge_question(ListKnowledgeQuestionRequest(limit=100))  # expect: MST301
