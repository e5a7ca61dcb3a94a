"""Queued room work."""
from ops.services import LiveService
from ops.tasks.celery_app import app

live = LiveService()


@app.task
def create_room(body):
    return live.create_room(body)


def enqueue_rooms(bodies):
    for body in bodies:
        create_room.delay(body)  # expect: MST102 ~320/s
