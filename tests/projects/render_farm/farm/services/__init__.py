from farm.services.video import VideoService

__all__ = ["VideoService"]
