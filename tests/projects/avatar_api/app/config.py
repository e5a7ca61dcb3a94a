"""Runtime settings.

Plain class attributes on purpose: tests patch them (``settings.REGION = ...``) and the
values never change while the process runs.
"""
from __future__ import annotations

import os


class Settings:
    APP_NAME = "avatar-api"

    # MetaStudio tenant of the studio team (CN East-Shanghai1).
    REGION = "cn-east-3"
    METASTUDIO_ENDPOINT = "https://metastudio.cn-east-3.myhuaweicloud.com"
    PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")
    ACCESS_KEY = os.environ.get("MS_AK", "")
    SECRET_KEY = os.environ.get("MS_SK", "")
    IAM_TOKEN = os.environ.get("MS_IAM_TOKEN", "")

    HTTP_TIMEOUT_S = 10.0
    RETRY_ATTEMPTS = 4
    RETRY_BASE_DELAY_S = 0.5
    RETRY_MAX_DELAY_S = 8.0


settings = Settings()

# Interaction rule libraries every new live room starts with.
DEFAULT_RULE_PRESETS = ("greeting", "price-question", "shipping-question")
