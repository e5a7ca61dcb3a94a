"""Nightly jobs: seed the Shanghai catalogue, copy master products, open chat rooms."""
import time

from concierge.catalog import SiteCatalog, create_master_product
from concierge.rooms import ChatRoomService


def seed_shanghai(bodies):
    catalog = SiteCatalog("sh")
    for body in bodies:
        catalog.add_product(body)  # expect: MST101 ~3.3/s
        time.sleep(0.2)


def copy_masters(bodies):
    for body in bodies:
        create_master_product(body)
        time.sleep(1)


def open_rooms(bodies):
    service = ChatRoomService()
    for body in bodies:
        service.open_room(body)
        time.sleep(1)
