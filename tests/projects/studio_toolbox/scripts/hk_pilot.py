"""Pilot for the Hong Kong partner studio: list the rooms of its tenant.

Run from the repository root:  python -m scripts.hk_pilot
"""
from huaweicloudsdkmetastudio.v1 import ListSmartLiveRoomsRequest

from lib.metastudio import make_client
from lib.regions import Region


def main():
    client = make_client(region=Region.HONG_KONG.value)
    resp = client.list_smart_live_rooms(ListSmartLiveRoomsRequest(limit=20))
    print(f"{resp.count} rooms")
    for room in resp.smart_live_rooms or []:
        print(room.room_id, room.room_name, room.room_state)


if __name__ == "__main__":
    main()
