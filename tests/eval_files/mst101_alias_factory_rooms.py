"""Ops CLI: prune intelligent live rooms that have not been used for N days."""
import datetime as dt
import functools
import os

import click
import huaweicloudsdkmetastudio.v1 as ms
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion as Regions


@functools.lru_cache(maxsize=1)
def get_client() -> ms.MetaStudioClient:
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
    return ms.MetaStudioClient.new_builder().with_credentials(creds).with_region(Regions.CN_NORTH_4).build()


def all_rooms(page_size=50):
    client = get_client()
    offset, rooms = 0, []
    while True:
        # pagination: 10/s <= 20/s for list_smart_live_rooms
        resp = client.list_smart_live_rooms(ms.ListSmartLiveRoomsRequest(offset=offset, limit=page_size))
        batch = resp.smart_live_rooms or []
        rooms.extend(batch)
        if len(batch) < page_size:
            return rooms
        offset += page_size


def stale_rooms(days):
    cutoff = dt.datetime.utcnow() - dt.timedelta(days=days)
    return [
        r for r in all_rooms()
        if r.update_time and dt.datetime.fromisoformat(r.update_time.rstrip("Z")) < cutoff
    ]


@click.command()
@click.option("--days", default=30, show_default=True)
@click.option("--yes", is_flag=True, help="Really delete.")
def prune(days, yes):
    rooms = stale_rooms(days)
    click.echo(f"{len(rooms)} rooms idle for more than {days} days")
    if not yes:
        return
    for room in rooms:
        # client from a factory function, called in the loop: 10/s > 4/s (delete_smart_live_room)
        get_client().delete_smart_live_room(ms.DeleteSmartLiveRoomRequest(room_id=room.room_id))  # expect: MST101 ~10/s @9
        click.echo(f"deleted {room.room_id} {room.room_name}")


if __name__ == "__main__":
    prune()
