"""Per-item coroutines; the caller owns the semaphore that bounds them."""
import asyncio
import logging

from anyio_tools import studio

log = logging.getLogger(__name__)


async def start_live(sem, room_id):
    """Start the livestream of one room; ``sem`` bounds how many start at once."""
    async with sem:
        job = studio.start_live(room_id)
        await asyncio.sleep(0.5)
    log.info("room %s: live job %s", room_id, job.job_id)
    return job.job_id


async def publish_product(sem, product):
    """Create one live product from a catalogue row."""
    async with sem:
        resp = studio.create_product({"name": product["name"], "description": product.get("description", "")})
        await asyncio.sleep(0.5)
    return resp.product_id
