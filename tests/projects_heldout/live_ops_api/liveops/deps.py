"""FastAPI dependencies: one MetaStudio client per process, services built on it."""
from functools import lru_cache

from fastapi import Depends
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from liveops.config import settings
from liveops.services.rooms import LiveRoomService


@lru_cache(maxsize=1)
def get_client() -> MetaStudioClient:
    creds = BasicCredentials(settings.ak, settings.sk, settings.project_id)
    return (
        MetaStudioClient.new_builder()
        .with_credentials(creds)
        .with_region(MetaStudioRegion.value_of(settings.region))
        .build()
    )


def get_room_service(client: MetaStudioClient = Depends(get_client)) -> LiveRoomService:
    return LiveRoomService(client)
