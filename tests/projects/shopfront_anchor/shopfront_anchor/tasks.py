"""Celery tasks of the studio: viewer replies during a live and listing refreshes.

    celery -A shopfront_anchor.tasks worker -c 8
"""
from typing import Dict, Iterable

from celery import Celery

from shopfront_anchor import settings
from shopfront_anchor.catalog import ProductCatalog
from shopfront_anchor.clients import build_client
from shopfront_anchor.rooms import LiveRoomService

app = Celery("shopfront_anchor", broker=settings.CELERY_BROKER_URL, backend=settings.CELERY_RESULT_BACKEND)
app.conf.task_acks_late = True

rooms = LiveRoomService(build_client())
catalog = ProductCatalog(build_client())


@app.task(name="shopfront.insert_reply")
def insert_reply(room_id: str, job_id: str, text: str) -> str:
    return rooms.insert_reply(room_id, job_id, text)


@app.task(name="shopfront.refresh_listing", rate_limit="4/m")
def refresh_listing(product_id: str, description: str, points: list) -> None:
    catalog.update_listing(product_id, description, points)


def dispatch_replies(room_id: str, job_id: str, comments: Iterable[Dict[str, str]]) -> int:
    """Called by the moderation webhook with the viewer questions it approved."""
    sent = 0
    for comment in comments:
        insert_reply.delay(room_id, job_id, comment["reply"])  # expect: MST102 ~320/s
        sent += 1
    return sent


def schedule_listing_refresh(rows: Iterable[Dict[str, str]]) -> None:
    for row in rows:
        points = [p for p in row["selling_points"].split("|") if p]
        refresh_listing.delay(row["product_id"], row["description"], points)
