"""Credentials and ids, from the environment (see .env.example)."""
import os

PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")
AK = os.environ.get("MS_AK", "")
SK = os.environ.get("MS_SK", "")

# IAM token for the REST helpers in lib/rest.py (X-Auth-Token)
AUTH_TOKEN = os.environ.get("MS_AUTH_TOKEN", "")

VOICE_ASSET_ID = os.environ.get("MS_VOICE_ASSET_ID", "")
