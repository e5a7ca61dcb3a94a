"""Client factory and FastAPI dependency providers."""
import functools

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from tts_gateway import settings
from tts_gateway.service import TtsService


def build_client() -> MetaStudioClient:
    credentials = BasicCredentials(settings.MS_AK, settings.MS_SK, settings.PROJECT_ID)
    return (
        MetaStudioClient.new_builder()
        .with_credentials(credentials)
        .with_region(MetaStudioRegion.value_of(settings.REGION))
        .build()
    )


@functools.lru_cache(maxsize=None)
def get_service() -> TtsService:
    return TtsService(build_client())


def auth_headers() -> dict:
    return {"X-Auth-Token": settings.IAM_TOKEN, "Content-Type": "application/json"}
