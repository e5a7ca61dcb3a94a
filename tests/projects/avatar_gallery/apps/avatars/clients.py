"""MetaStudio client factory of the avatars app."""
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from gallery import settings


def make_client(*, region: str, timeout: tuple = (5, 30)) -> MetaStudioClient:
    """Build a client for one tenant region.

    ``region`` is keyword-only on purpose: every call site has to say which
    column of the vendor's throttling table it runs under.
    """
    cfg = settings.METASTUDIO
    http_config = HttpConfig.get_default_config()
    http_config.timeout = timeout
    credentials = BasicCredentials(cfg["AK"], cfg["SK"], cfg["PROJECT_ID"])
    return (
        MetaStudioClient.new_builder()
        .with_http_config(http_config)
        .with_credentials(credentials)
        .with_region(MetaStudioRegion.value_of(region))
        .build()
    )
