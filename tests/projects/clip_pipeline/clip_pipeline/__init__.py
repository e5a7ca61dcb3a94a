"""Digital-human clip pipeline: turns video scripts into rendered MetaStudio videos."""
from .config import PipelineConfig
from .clients import CLIENTS, client_for
from .studio import VideoStudio
from .utils import Throttle, call_with_retry, paced

__all__ = [
    "CLIENTS",
    "PipelineConfig",
    "Throttle",
    "VideoStudio",
    "call_with_retry",
    "client_for",
    "paced",
]

__version__ = "0.4.2"
