"""avatar_events: react to live-room events with MetaStudio digital humans."""
from .clients import build_client
from .service import AvatarService

__all__ = ["AvatarService", "build_client"]
