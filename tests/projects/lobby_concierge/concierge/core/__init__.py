"""Configuration, client factory and shared rate limits."""
from .clients import endpoint_for, get_client
from .config import StudioSettings, get_settings

__all__ = ["StudioSettings", "endpoint_for", "get_client", "get_settings"]
