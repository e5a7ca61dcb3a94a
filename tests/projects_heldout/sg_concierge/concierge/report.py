"""Nightly report of every dialog room in the tenant."""
import json

from concierge.services.dialogs import DialogService


def all_rooms():
    dialogs = DialogService()
    rooms, offset = [], 0
    while True:
        page = dialogs.rooms(offset)
        rooms.extend(page.smart_chat_rooms or [])
        if len(page.smart_chat_rooms or []) < 20:
            break
        offset += 20
    return [dialogs.room(r.room_id) for r in rooms]


if __name__ == "__main__":
    print(json.dumps([r.to_dict() for r in all_rooms()], indent=2))
