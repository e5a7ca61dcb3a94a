"""Mirror the shop's products into MetaStudio."""
from concurrent.futures import ThreadPoolExecutor

from . import http


def push_products(products):
    created = []
    for product in products:
        resp = http.create_product({"name": product["title"], "description": product["body"]})  # expect: MST101
        resp.raise_for_status()
        created.append(resp.json()["product_id"])
    return created


def push_one(product):
    for _attempt in range(4):
        resp = http.create_product({"name": product["title"]})  # expect: MST104
        if resp.status_code == 429:
            continue
        return resp.json()


def room_states(room_ids):
    with ThreadPoolExecutor(max_workers=6) as pool:
        futures = [pool.submit(http.live_room, rid) for rid in room_ids]  # expect: MST102
    return [f.result().json()["room_state"] for f in futures]
