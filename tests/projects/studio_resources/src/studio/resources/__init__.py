from studio.resources.assets import AssetResource
from studio.resources.rooms import RoomResource
