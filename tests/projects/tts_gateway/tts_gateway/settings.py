"""Gateway settings, read once from the environment."""
import os

REGION = os.getenv("MS_REGION", "cn-north-4")
PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")
MS_AK = os.environ.get("MS_AK", "")
MS_SK = os.environ.get("MS_SK", "")
IAM_TOKEN = os.environ.get("MS_IAM_TOKEN", "")

METASTUDIO_ENDPOINT = f"https://metastudio.{REGION}.myhuaweicloud.com"
TTS_JOBS_PATH = f"/v1/{PROJECT_ID}/ttsc/async-jobs"

BATCH_WORKERS = int(os.environ.get("TTS_BATCH_WORKERS", "4"))
QUEUE_SIZE = 500
WAIT_TIMEOUT_S = 120.0
