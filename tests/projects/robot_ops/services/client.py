"""The process-wide MetaStudio client (every Celery worker process builds its own on import)."""
import logging

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from settings import prod as conf

log = logging.getLogger(__name__)

client: MetaStudioClient = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(conf.METASTUDIO_AK, conf.METASTUDIO_SK, conf.METASTUDIO_PROJECT_ID))
    .with_region(MetaStudioRegion.value_of(conf.METASTUDIO_REGION))
    .build()
)
log.info("MetaStudio client for %s", conf.METASTUDIO_REGION)
