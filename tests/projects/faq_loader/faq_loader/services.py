"""Thin wrapper around the MetaStudio knowledge-base APIs."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    CreateBatchKnowledgeQuestionReq, CreateBatchKnowledgeQuestionRequest, CreateHotWordsReq,
    CreateHotWordsRequest, CreateKnowledgeQuestionReq, CreateKnowledgeQuestionRequest, CreateSisHotWords,
    DeleteHotWordsRequest, DeleteKnowledgeQuestionRequest, KnowledgeQuestionCreateInfo,
    ListKnowledgeQuestionRequest, MetaStudioClient, ShowKnowledgeQuestionRequest)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from . import settings


class KnowledgeStudio:
    def __init__(self, region_id):
        creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], settings.PROJECT_ID)
        self.client = (MetaStudioClient.new_builder().with_credentials(creds)
                       .with_region(MetaStudioRegion.value_of(region_id)).build())

    def import_batch(self, intent_id, questions):
        items = [KnowledgeQuestionCreateInfo(question=q) for q in questions]
        body = CreateBatchKnowledgeQuestionReq(intent_id=intent_id, question_list=items)
        return self.client.create_batch_knowledge_question(CreateBatchKnowledgeQuestionRequest(body=body))

    def add_question(self, intent_id, text):
        body = CreateKnowledgeQuestionReq(question=text, intent_id=intent_id)
        return self.client.create_knowledge_question(CreateKnowledgeQuestionRequest(body=body))

    def delete_questions(self, question_ids):
        return self.client.delete_knowledge_question(DeleteKnowledgeQuestionRequest(body=list(question_ids)))

    def question(self, question_id):
        return self.client.show_knowledge_question(ShowKnowledgeQuestionRequest(question_id=question_id))

    def questions(self, intent_id, offset=0):
        req = ListKnowledgeQuestionRequest(intent_id=intent_id, offset=offset, limit=100)
        return self.client.list_knowledge_question(req)

    def add_hot_words(self, robot_id, vocabulary_id):
        body = CreateHotWordsReq(hot_words_type="SIS", robot_id=robot_id,
                                 sis_hot_words=CreateSisHotWords(vocabulary_id=vocabulary_id))
        return self.client.create_hot_words(CreateHotWordsRequest(body=body))

    def drop_hot_words(self, hot_words_id):
        return self.client.delete_hot_words(DeleteHotWordsRequest(hot_words_id=hot_words_id))


studio = KnowledgeStudio(settings.REGION)
