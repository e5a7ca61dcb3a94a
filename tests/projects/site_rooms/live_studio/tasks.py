"""Celery tasks run by the studio scheduler."""
from celery import Celery
from huaweicloudsdkcore.exceptions import exceptions

from live_studio import settings
from live_studio.rooms import LiveRoomService

app = Celery("live_studio", broker=settings.CELERY_BROKER_URL)


@app.task
def start_all_rooms(site):
    service = LiveRoomService(site)
    started = []
    for room_id in service.room_ids():
        resp = service.start_room(room_id)  # expect: MST102 ~30/s @16
        started.append((room_id, resp.job_id))
        watch_job.delay(site, room_id, resp.job_id)
    return started


@app.task
def start_everywhere():
    for site in settings.SITES:
        start_all_rooms.delay(site)


@app.task(bind=True, max_retries=5)
def watch_job(self, site, room_id, job_id):
    service = LiveRoomService(site)
    try:
        resp = service.wait_until_live(room_id, job_id)
    except exceptions.ServerResponseException as exc:
        raise self.retry(exc=exc, countdown=2 ** self.request.retries * 15)
    return resp.state


@app.task
def stop_rooms(site, jobs):
    service = LiveRoomService(site)
    for room_id, job_id in jobs:
        service.stop_smart_live(room_id, job_id)  # expect: MST101 ~10/s @9
