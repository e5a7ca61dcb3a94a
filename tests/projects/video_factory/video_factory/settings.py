"""Settings of the batch renderer. Credentials and a few ids come from the environment."""
import os

AK = os.environ.get("MS_AK", "")
SK = os.environ.get("MS_SK", "")
PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")

REGION = "cn-north-4"

# Finished videos are copied to the Guangzhou studio's own tenant for regional distribution.
REPLICA_REGION = os.getenv("VF_REPLICA_REGION", "cn-south-1")  # expect: MST202
REPLICA_AK = os.environ.get("VF_REPLICA_AK", "")
REPLICA_SK = os.environ.get("VF_REPLICA_SK", "")
REPLICA_PROJECT_ID = os.environ.get("VF_REPLICA_PROJECT_ID", "")

MODEL_ASSET_ID = os.environ.get("VF_MODEL_ASSET_ID", "")
VOICE_ASSET_ID = "3a9f1c2e7b6d4f80a1c5e9d2b4f6a8c0"  # "Xiaoyan, news anchor"

# pools
WORKERS = 8
RENDER_PROCESSES = 4
TTS_CALLS_PER_SECOND = 4

# job polling
POLL_INITIAL_S = 2.0
POLL_MAX_S = 60.0
