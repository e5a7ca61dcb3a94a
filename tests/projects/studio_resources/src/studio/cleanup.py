"""Clean up after a livestream season."""
from studio.resources import AssetResource, RoomResource


def drop_rooms(room_ids):
    rooms = RoomResource()
    for room_id in room_ids:
        rooms.remove(room_id)  # expect: MST101 ~10/s


def drop_assets(asset_ids):
    # paced by the mixin: 0.5 s between deletes
    AssetResource().delete_many(asset_ids)


def copy_library(infos):
    assets = AssetResource()
    return [assets.copy(info) for info in infos]  # expect: MST101 ~10/s
