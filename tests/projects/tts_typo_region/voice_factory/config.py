"""Static configuration for the TTS service."""
import os

# MetaStudio region serving the voice assets of the north-China tenant.
REGION = "cn-north-9"  # expect: MST202 @10

AK = os.getenv("MS_AK", "")
SK = os.getenv("MS_SK", "")

DEFAULT_VOICE_ASSET_ID = os.getenv("MS_VOICE_ASSET_ID", "")
POLL_INTERVAL_SECONDS = 3.0
