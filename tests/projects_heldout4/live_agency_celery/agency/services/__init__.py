from .rooms import RoomService

__all__ = ["RoomService"]
