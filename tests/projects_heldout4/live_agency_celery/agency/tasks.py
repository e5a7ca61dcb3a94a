"""Celery tasks; the broker runs the default worker pool."""
from celery import Celery
from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException

from . import settings
from .services import RoomService

app = Celery("agency", broker=settings.BROKER_URL)


@app.task
def create_room_task(name):
    return RoomService().create_room(name).room_id


@app.task(rate_limit="2/s")
def rename_room_task(room_id, name):
    RoomService().rename_room(room_id, name)


@app.task
def close_room_task(room_id):
    service = RoomService()
    for _attempt in range(5):
        try:
            service.delete_room(room_id)  # expect: MST104
            return True
        except ClientRequestException:
            continue
    return False
