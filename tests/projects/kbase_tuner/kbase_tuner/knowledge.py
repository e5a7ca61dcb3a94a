"""Repository over knowledge-base skills, questions, intents and greetings."""
from huaweicloudsdkmetastudio.v1 import (
    CreateKnowledgeQuestionReq, CreateKnowledgeQuestionRequest, CreateRobotReq, CreateRobotRequest,
    CreateWelcomeSpeechReq, CreateWelcomeSpeechRequest, DeleteKnowledgeIntentRequest,
    ListKnowledgeSkillRequest, ShowKnowledgeSkillRequest, UpdateKnowledgeSkillReq, UpdateKnowledgeSkillRequest,
)

from .clients import default_client, singapore_client


class KnowledgeRepo:
    def __init__(self, factory=default_client):
        self._factory = factory

    @property
    def client(self):
        return self._factory()

    def add_question(self, intent_id, question):
        body = CreateKnowledgeQuestionReq(question=question, intent_id=intent_id)
        return self.client.create_knowledge_question(CreateKnowledgeQuestionRequest(body=body))

    def rename_skill(self, skill_id, name):
        body = UpdateKnowledgeSkillReq(name=name)
        return self.client.update_knowledge_skill(UpdateKnowledgeSkillRequest(skill_id=skill_id, body=body))

    def skill(self, skill_id):
        return self.client.show_knowledge_skill(ShowKnowledgeSkillRequest(skill_id=skill_id))

    def skills(self):
        return self.client.list_knowledge_skill(ListKnowledgeSkillRequest(offset=0, limit=100))

    def delete_intents(self, intent_ids):
        return self.client.delete_knowledge_intent(DeleteKnowledgeIntentRequest(body=list(intent_ids)))

    def greet(self, robot_id, language, text):
        body = CreateWelcomeSpeechReq(robot_id=robot_id, welcome_speech=text, language=language)
        return self.client.create_welcome_speech(CreateWelcomeSpeechRequest(body=body))


def create_sg_app(name):
    body = CreateRobotReq(name=name, app_type=0)
    return singapore_client().create_robot(CreateRobotRequest(body=body))  # expect: MST201
