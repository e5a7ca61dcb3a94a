"""Service layer: one class per MetaStudio API group the front-end uses."""
from app.services.base import BaseStudioService, StudioError

__all__ = ["BaseStudioService", "StudioError"]
