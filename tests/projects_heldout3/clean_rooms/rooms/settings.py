"""Singapore live rooms; the dialog application lives in Beijing."""
from dataclasses import dataclass


@dataclass
class LiveSettings:
    region: str = "ap-southeast-3"
    voice_asset_id: str = "voice-sg-en-01"
    poll_seconds: float = 1.5


SETTINGS = LiveSettings()
APP_TYPE_AIUI = 0
