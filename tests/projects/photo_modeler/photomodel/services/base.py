"""Client factory and base class for MetaStudio-backed services (retry with backoff)."""
import logging
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from photomodel import settings

log = logging.getLogger(__name__)


def build_client():
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
    region = MetaStudioRegion.value_of(os.environ.setdefault("MS_REGION", "cn-east-3"))
    return MetaStudioClient.new_builder().with_credentials(creds).with_region(region).build()


class BaseService:
    def __init__(self, client):
        self.client = client

    def _call(self, method_name, request):
        for attempt in range(settings.MAX_ATTEMPTS):
            try:
                return getattr(self.client, method_name)(request)
            except exceptions.ClientRequestException as e:
                if attempt == settings.MAX_ATTEMPTS - 1:
                    raise
                log.warning("%s failed (%s), retrying", method_name, e.error_code)
                time.sleep(settings.BACKOFF_SECONDS * 2 ** attempt)
