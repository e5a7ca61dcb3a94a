"""Endpoints and defaults of the TTS pipeline (REST, no SDK)."""
import os

ENDPOINT = "https://metastudio.cn-north-4.myhuaweicloud.com"
PROJECT_ID = os.environ.get("HW_PROJECT_ID", "0000")
DEFAULT_VOICE = "tts-voice-en-009"  # expect: MST401
SUBMIT_RATE = "2/s"
DONE = ("FINISHED", "ERROR")
