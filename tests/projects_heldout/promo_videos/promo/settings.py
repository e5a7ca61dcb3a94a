"""Campaign settings. The promo voice id was copied from the agency's trial tenant."""
import os

MODEL_ASSET_ID = os.environ.get("PRESENTER_MODEL", "")
NARRATOR_VOICE = "narrator-f-01"
PROMO_VOICE = "promo-voice-07"  # expect: MST401
LANGUAGES = ("en", "zh", "ms")
