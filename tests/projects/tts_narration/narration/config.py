"""Narration settings, read once at import."""
import os

AK = os.environ.get("HUAWEICLOUD_SDK_AK", "")
SK = os.environ.get("HUAWEICLOUD_SDK_SK", "")

# One MetaStudio tenant project per region we narrate in.
REGIONS = (
    "cn-north-4",      # Mandarin
    "ap-southeast-3",  # English
    "ap-southeast-1",  # Cantonese, close to the Hong Kong studio  # expect: MST202
)
PROJECT_IDS = {region: os.environ.get("MS_PROJECT_ID_" + region.replace("-", "_").upper(), "") for region in REGIONS}
DEFAULT_REGION = "cn-north-4"

# The web worker talks REST to Beijing only.
REST_ENDPOINT = "https://metastudio.cn-north-4.myhuaweicloud.com"

POLL_SECONDS = 3
VOICES = {
    "zh-CN": os.environ.get("VOICE_ZH", ""),
    "en-US": os.environ.get("VOICE_EN", ""),
}
