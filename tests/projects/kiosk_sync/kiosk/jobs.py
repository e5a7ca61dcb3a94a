"""The kiosk's morning jobs."""
from kiosk import products
from kiosk.live import start


def push_prices(changes):
    for product_id, body in changes:
        products.push(product_id, body)


def add_new(bodies):
    for body in bodies:
        products.create(body)  # expect: MST101 ~8/s


def go_live(room_id, body):
    return start(room_id, body)
