from .async_tts import AsyncTtsEngine
from .base import NarrationEngine, NarrationFailed
from .preview import PreviewEngine

__all__ = ["AsyncTtsEngine", "NarrationEngine", "NarrationFailed", "PreviewEngine"]
