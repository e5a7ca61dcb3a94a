from shared.chat import ChatRooms, client_for

__all__ = ["ChatRooms", "client_for"]
