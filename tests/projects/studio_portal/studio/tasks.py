"""Celery tasks of the studio app."""
import logging

from celery import group, shared_task
from django.core.cache import cache

from .services import StudioService

logger = logging.getLogger(__name__)

ROOM_CACHE_SECONDS = 15 * 60

# Products every new demo tenant starts with.
DEMO_PRODUCTS = (
    ("Velvet Matte Lipstick", "Long-lasting matte finish, 12 shades."),
    ("Insulated Travel Mug", "Keeps drinks hot for 6 hours."),
    ("Foldable Desk Lamp", "Three colour temperatures, USB-C charging."),
)


@shared_task(ignore_result=True)
def render_video(order: dict) -> None:
    job_id = StudioService().create_video_job(order["model_asset_id"], order["voice_asset_id"], order["text"])
    cache.set(f"video-job:{order['order_id']}", job_id, timeout=None)
    logger.info("order %s: video job %s submitted", order["order_id"], job_id)


@shared_task(rate_limit="2/s", ignore_result=True)
def refresh_room(room_id: str) -> None:
    room = StudioService().room_detail(room_id)
    cache.set(f"live-room:{room_id}", {"name": room.room_name, "state": room.room_state}, ROOM_CACHE_SECONDS)


@shared_task(ignore_result=True)
def refresh_all_rooms() -> int:
    """Celery beat, every 10 minutes: refresh the cached state of every live room."""
    room_ids = StudioService().room_ids()
    group(refresh_room.s(room_id) for room_id in room_ids).apply_async()  # expect: MST102 ~64/s
    return len(room_ids)


@shared_task
def seed_demo_catalog() -> list:
    svc = StudioService()
    return [svc.create_product(name, description) for name, description in DEMO_PRODUCTS]
