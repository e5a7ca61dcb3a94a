"""Kiosk configuration, read once at start-up from the environment."""
import os

# MetaStudio tenant of the tutor avatars (Beijing).
REGION_ID = os.getenv("KIOSK_REGION", "cn-north4")  # expect: MST202
PROJECT_ID = os.environ.get("KIOSK_PROJECT_ID", "")
AK = os.environ.get("KIOSK_AK", "")
SK = os.environ.get("KIOSK_SK", "")

# The dashboard talks to the REST API directly with an IAM token.
METASTUDIO_API = "https://metastudio.cn-north-4.myhuaweicloud.com"
IAM_TOKEN = os.environ.get("KIOSK_IAM_TOKEN", "")

# The university's own language model, driven by the dialog as a third-party LLM.
LLM_URL = os.environ.get("TUTOR_LLM_URL", "https://llm.campus.example.edu/v1/chat/completions")
LLM_APP_ID = os.environ.get("TUTOR_LLM_APP_ID", "")
LLM_APP_KEY = os.environ.get("TUTOR_LLM_APP_KEY", "")

# Timbre picked on the dialog setting page of the console.
TUTOR_TIMBRE = "7c2e9a41d8b35f06e1a4c9d27b8f3e50"

KB_WRITES_PER_SECOND = 3
TTS_POLL_SECONDS = 3
NARRATION_SUBMIT_PAUSE_S = 0.4
