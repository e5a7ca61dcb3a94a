"""video_factory: batch rendering of MetaStudio digital-human videos."""
from .clients import build_client
from .renderer import Renderer, video_body

__all__ = ["Renderer", "build_client", "video_body"]
