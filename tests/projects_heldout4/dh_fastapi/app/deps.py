"""FastAPI dependency providers."""
import os
from functools import lru_cache

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from app.config import settings
from app.services.chat import ChatService
from app.services.knowledge import KnowledgeService


@lru_cache
def get_client() -> MetaStudioClient:
    creds = BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], settings.project_id)
    return (
        MetaStudioClient.new_builder()
        .with_credentials(creds)
        .with_region(MetaStudioRegion.value_of(settings.region))
        .build()
    )


def get_chat_service() -> ChatService:
    return ChatService(get_client())


def get_knowledge_service() -> KnowledgeService:
    return KnowledgeService(get_client())
