"""The MetaStudio client, and the limiter shared by every live-room worker of the process."""
from aiolimiter import AsyncLimiter
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioClient

from . import settings

# Controlling a livestream is 3 calls/s per tenant in AP-Singapore; keep headroom for the console.
COMMAND_LIMITER = AsyncLimiter(settings.COMMANDS_PER_SECOND, 1)


def build_client() -> MetaStudioClient:
    config = HttpConfig.get_default_config()
    config.timeout = (5, 30)
    creds = BasicCredentials(settings.AK, settings.SK, settings.PROJECT_ID)
    return (
        MetaStudioClient.new_builder()
        .with_http_config(config)
        .with_credentials(creds)
        .with_region(Region(settings.REGION, settings.ENDPOINT))
        .build()
    )
