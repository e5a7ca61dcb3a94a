"""Defaults shared by every environment; the environment modules star-import this one."""
import os

METASTUDIO_AK = os.environ.get("MS_AK", "")
METASTUDIO_SK = os.environ.get("MS_SK", "")
METASTUDIO_PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")
# the Beijing tenant used for development; environments override it
METASTUDIO_REGION = "cn-north-4"

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1")

ROBOT_NAME_PREFIX = "ops-"
ROBOT_LANGUAGE = "en_US"
CHAT_POLL_SECONDS = 5
HOT_QUESTION_RATE = 2.0  # per second, for the FAQ import
HOT_WORD_SWITCH_RETRIES = 3
