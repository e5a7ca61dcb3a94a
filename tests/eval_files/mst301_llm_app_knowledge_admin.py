"""Admin tool: move the concierge app to our own LLM gateway and keep tending its knowledge base."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient as MSClient
from huaweicloudsdkmetastudio.v1 import (
    CreateIntentAndQuestionReq,
    CreateIntentAndQuestionRequest,
    DeleteKnowledgeIntentRequest,
    ExportKnowledgeSkillRequest,
    KnowledgeQuestionCreateInfo,
    ThirdPartyModelConfig,
    UpdateKnowledgeQuestionReq,
    UpdateKnowledgeQuestionRequest,
    UpdateRobotReq,
    UpdateRobotRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion


class KnowledgeAdmin:
    def __init__(self, robot_id: str):
        self.robot_id = robot_id
        self._client = None

    def open(self):
        creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
        self._client = MSClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_NORTH_4).build()
        return self

    def switch_to_llm_gateway(self, llm_url: str):
        # provider given by the config object alone: third-party language model
        llm = ThirdPartyModelConfig(app_id="concierge", app_key=os.environ["LLM_KEY"], llm_url=llm_url, is_stream=True)
        body = UpdateRobotReq(name="concierge", third_party_model_config=llm)
        self._client.update_robot(UpdateRobotRequest(robot_id=self.robot_id, body=body))

    def add_faq(self, skill_id: str, topic: str, answer: str, questions: list):
        body = CreateIntentAndQuestionReq(
            name=topic, answer=answer, skill_id=skill_id,
            question_list=[KnowledgeQuestionCreateInfo(question=q) for q in questions],
        )
        return self._client.create_intent_and_question(CreateIntentAndQuestionRequest(body=body))  # expect: MST301

    def reword(self, question_id: str, text: str):
        req = UpdateKnowledgeQuestionRequest(question_id=question_id, body=UpdateKnowledgeQuestionReq(question=text))
        return self._client.update_knowledge_question(req)  # expect: MST301

    def drop_intents(self, intent_ids: list):
        # one call with the whole list in the body
        return self._client.delete_knowledge_intent(DeleteKnowledgeIntentRequest(body=intent_ids))  # expect: MST301

    def backup(self, skill_id: str, path: str):
        resp = self._client.export_knowledge_skill(ExportKnowledgeSkillRequest(skill_id=skill_id))  # expect: MST301
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(str(resp))


if __name__ == "__main__":
    admin = KnowledgeAdmin(os.environ["ROBOT_ID"]).open()
    admin.switch_to_llm_gateway(os.environ["LLM_URL"])
    admin.backup(os.environ["SKILL_ID"], "skill-backup.json")
