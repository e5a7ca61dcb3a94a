"""Mirror the list of live rooms into our database, five pages at most."""
from studio.resources.rooms import RoomResource


def mirror():
    rooms = RoomResource()
    pages = []
    for offset in (0, 50, 100, 150, 200):
        pages.append(rooms.page(offset))
    return pages
