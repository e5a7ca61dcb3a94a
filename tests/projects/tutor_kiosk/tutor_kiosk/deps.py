"""Shared objects: the SDK client, the FastAPI providers and the knowledge-base write limiter."""
import functools

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion
from pyrate_limiter import Duration, Limiter, Rate

from tutor_kiosk import config
from tutor_kiosk.dialog import DialogGateway

# Every knowledge-base write of this process goes through this one limiter.
kb_write_limiter = Limiter(Rate(config.KB_WRITES_PER_SECOND, Duration.SECOND), max_delay=2000)


@functools.lru_cache(maxsize=1)
def get_client() -> MetaStudioClient:
    credentials = BasicCredentials(config.AK, config.SK, config.PROJECT_ID)
    return (
        MetaStudioClient.new_builder()
        .with_credentials(credentials)
        .with_region(MetaStudioRegion.value_of(config.REGION_ID))
        .build()
    )


@functools.lru_cache(maxsize=1)
def get_dialog_gateway() -> DialogGateway:
    return DialogGateway()
