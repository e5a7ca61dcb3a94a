"""Runtime configuration, read once at import time."""
import os

MS_REGION = os.getenv("METASTUDIO_REGION", "cn-east-3")
MS_PROJECT_ID = os.environ["METASTUDIO_PROJECT_ID"]
MS_AK = os.environ["HUAWEICLOUD_SDK_AK"]
MS_SK = os.environ["HUAWEICLOUD_SDK_SK"]

# The SDK client is synchronous, so the background refresher talks REST through httpx.
METASTUDIO_ENDPOINT = "https://metastudio.cn-east-3.myhuaweicloud.com"
IAM_TOKEN_ENV = "METASTUDIO_IAM_TOKEN"

# Model provider of each application we administer (CreateRobotReq.app_type):
# 0 iFLYTEK AIUI, 1 Huawei Cloud CBS, 2 iFLYTEK Spark, 6 third-party LLM.
HELPDESK_APP_TYPE = 1
TUTOR_APP_TYPE = 2

# Knowledge-base writes allowed per second from this process.
KB_WRITES_PER_SECOND = 2

# Background sync.
ROBOT_REFRESH_PAUSE_S = 0.5
SYNC_INTERVAL_S = 300
