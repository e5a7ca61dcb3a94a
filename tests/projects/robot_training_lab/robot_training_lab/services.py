"""Wrappers over the MetaStudio SDK: applications and their knowledge base."""
from huaweicloudsdkmetastudio.v1 import (
    CreateBatchKnowledgeQuestionReq,
    CreateBatchKnowledgeQuestionRequest,
    CreateKnowledgeSkillReq,
    CreateKnowledgeSkillRequest,
    CreateRobotReq,
    CreateRobotRequest,
    KnowledgeQuestionCreateInfo,
    ListKnowledgeSkillRequest,
    ListRobotRequest,
    MetaStudioClient,
    ShowKnowledgeSkillRequest,
    UpdateKnowledgeSkillReq,
    UpdateKnowledgeSkillRequest,
)


class RobotAdmin:
    def __init__(self, client: MetaStudioClient):
        self._client = client

    def create_app(self, body: CreateRobotReq) -> str:
        return self._client.create_robot(CreateRobotRequest(body=body)).robot_id  # expect: MST201

    def list_apps(self, limit=50):
        return self._client.list_robot(ListRobotRequest(limit=limit)).data or []


class KnowledgeBase:
    def __init__(self, client: MetaStudioClient):
        self._client = client

    def create_skill(self, name, identify) -> str:
        body = CreateKnowledgeSkillReq(name=name, identify=identify)
        return self._client.create_knowledge_skill(CreateKnowledgeSkillRequest(body=body)).skill_id

    def rename_skill(self, skill_id, name, identify):
        body = UpdateKnowledgeSkillReq(name=name, identify=identify)
        self._client.update_knowledge_skill(UpdateKnowledgeSkillRequest(skill_id=skill_id, body=body))

    def list_skills(self, limit=100):
        return self._client.list_knowledge_skill(ListKnowledgeSkillRequest(limit=limit)).data or []

    def skill_detail(self, skill_id):
        return self._client.show_knowledge_skill(ShowKnowledgeSkillRequest(skill_id=skill_id))

    def create_questions(self, intent_id, questions):
        infos = [KnowledgeQuestionCreateInfo(question=q) for q in questions]
        body = CreateBatchKnowledgeQuestionReq(intent_id=intent_id, question_list=infos)
        self._client.create_batch_knowledge_question(CreateBatchKnowledgeQuestionRequest(body=body))
