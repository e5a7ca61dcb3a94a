from .service import LiveService

__all__ = ["LiveService"]
