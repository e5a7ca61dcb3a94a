"""concierge: virtual lobby concierge (apps, FAQs, greetings, livestreams, TTS) on MetaStudio."""
from .core import StudioSettings, get_client, get_settings

__all__ = ["StudioSettings", "get_client", "get_settings"]
