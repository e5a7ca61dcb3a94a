"""Sequential jobs over products and live rooms."""
from . import client as settings
from .pacing import RatePacer
from .repository import LiveRepository

repo = LiveRepository()
pacer = RatePacer(slots=1, hold_s=0.4)


def rename_products(renames):
    for product_id, name in renames.items():
        repo.update_product(product_id, name)  # expect: MST101 ~10/s


def seed_products(rows):
    for row in rows:
        with pacer:
            repo.create_product(row["name"], row.get("description", ""))


def all_products():
    offset, items = 0, []
    while True:
        page = repo.product_page(offset)
        items.extend(page.products or [])
        if len(page.products or []) < 50:
            return items
        offset += 50


def warm_rooms():
    return [repo.room(room_id) for room_id in settings.WARM_ROOMS]

