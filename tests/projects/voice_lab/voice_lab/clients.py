"""MetaStudio SDK clients, one per region the lab uses."""
from __future__ import annotations

import os
from functools import lru_cache

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from voice_lab.constants import PREVIEW_REGION, PROJECT_ID_ENV, TRAINING_REGION, TTS_REGION


def build_client(region_id: str) -> MetaStudioClient:
    credentials = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ[PROJECT_ID_ENV])
    return (
        MetaStudioClient.new_builder()
        .with_credentials(credentials)
        .with_region(MetaStudioRegion.value_of(region_id))
        .build()
    )


@lru_cache(maxsize=None)
def training_client() -> MetaStudioClient:
    return build_client(TRAINING_REGION)


@lru_cache(maxsize=None)
def tts_client() -> MetaStudioClient:
    return build_client(TTS_REGION)


@lru_cache(maxsize=None)
def preview_client() -> MetaStudioClient:
    return build_client(PREVIEW_REGION)
