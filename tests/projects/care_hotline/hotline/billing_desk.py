"""Billing desk: an iFLYTEK Spark application that answers from its MetaStudio knowledge base."""
import os

from huaweicloudsdkmetastudio.v1 import (CreateKnowledgeIntentReq, CreateKnowledgeIntentRequest,
                                         CreateKnowledgeQuestionReq, CreateKnowledgeQuestionRequest,
                                         CreateKnowledgeSkillReq, CreateKnowledgeSkillRequest, CreateRobotReq,
                                         CreateRobotRequest, IflytekSpark)

from hotline import pacing, settings
from hotline.clients import primary_client

client = primary_client()

FAQ = {
    "invoice_copy": ("Can I get a copy of my invoice?", "Open Account > Billing and pick the month."),
    "double_charge": ("I was charged twice", "Duplicate charges are refunded within 3 working days."),
    "payment_methods": ("How can I pay?", "We accept cards, bank transfer and Alipay."),
}


def create_application():
    spark = IflytekSpark(app_id=os.environ["SPARK_APP_ID"], app_key=os.environ["SPARK_APP_KEY"],
                         api_secret=os.environ["SPARK_API_SECRET"], is_production=True)
    body = CreateRobotReq(name="billing-desk", app_type=settings.BILLING_DESK_APP_TYPE, language="CN",
                          iflytek_spark=spark)
    return client.create_robot(CreateRobotRequest(body=body)).robot_id


@pacing.kb_write
def _add_intent(skill_id, name, answer):
    body = CreateKnowledgeIntentReq(name=name, answer=answer, skill_id=skill_id)
    return client.create_knowledge_intent(CreateKnowledgeIntentRequest(body=body)).intent_id


@pacing.kb_write
def _add_question(intent_id, question):
    body = CreateKnowledgeQuestionReq(question=question, intent_id=intent_id)
    client.create_knowledge_question(CreateKnowledgeQuestionRequest(body=body))


def load_faq(extra_rows=()):
    skill = CreateKnowledgeSkillReq(name="Billing", identify="billing")
    skill_id = client.create_knowledge_skill(CreateKnowledgeSkillRequest(body=skill)).skill_id
    rows = [(name, q, a) for name, (q, a) in FAQ.items()] + list(extra_rows)
    for name, question, answer in rows:
        intent_id = _add_intent(skill_id, name, answer)
        _add_question(intent_id, question)
    return skill_id
