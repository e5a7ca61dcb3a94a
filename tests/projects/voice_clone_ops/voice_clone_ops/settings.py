"""Deployment settings. The dubbing team's MetaStudio tenant lives in CN East-Shanghai1."""
import os

REGION = "cn-east-3"
ENDPOINT = f"https://metastudio.{REGION}.myhuaweicloud.com"
PROJECT_ID = os.environ["MS_PROJECT_ID"]

# Base of every voice-training route.
TRAINING_API = f"{ENDPOINT}/v1/{PROJECT_ID}/voice-training-manage/user"

IAM_USER = os.environ.get("MS_IAM_USER", "dubbing-bot")
IAM_DOMAIN = os.environ.get("MS_IAM_DOMAIN", "dubbing")

# Jobs we talk to at the same time.
MAX_PARALLEL = 4

# Seconds between two status checks of a job that is training (training takes hours).
POLL_INTERVAL_S = 15

# A delete holds its slot this long: 4 slots / (0.1 s + 1.5 s) stays under 3 deletes/s.
DELETE_HOLD_S = 1.5
