"""Endpoints and deployment constants of the MetaStudio REST integration (no SDK)."""
import os

REGION = "cn-north-4"
PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")
IAM_TOKEN_URL = f"https://iam.{REGION}.myhuaweicloud.com/v3/auth/tokens"

# Standby tenant for the Guangzhou data centre, copied from the OBS bucket settings.
STANDBY_BASE_URL = "https://metastudio.cn-south-1.myhuaweicloud.com"  # expect: MST202

ASYNC_TTS_JOBS = "/v1/{project_id}/ttsc/async-jobs"
ASYNC_TTS_JOB = "/v1/{project_id}/ttsc/async-jobs/{job_id}"
VIDEO_JOBS = "/v1/{project_id}/2d-digital-human-videos"
VIDEO_JOB = "/v1/{project_id}/2d-digital-human-videos/{job_id}"
VIDEO_CANCEL = "/v1/{project_id}/2d-digital-human-videos/{job_id}/cancel"
VIDEO_LIST = "/v1/{project_id}/digital-human-videos"
ASSETS = "/v1/{project_id}/digital-assets"
ASSET = "/v1/{project_id}/digital-assets/{asset_id}"

HTTP_TIMEOUT_S = 10
TTS_POLL_S = 3        # the API docs ask for a 3 s interval while PROCESSING
VIDEO_POLL_S = 15
