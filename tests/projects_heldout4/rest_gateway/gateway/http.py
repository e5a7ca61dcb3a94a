"""requests.Session wrapper that signs every call with the IAM token."""
import requests

from .config import BASE_URL, TOKEN

session = requests.Session()
session.headers.update({"X-Auth-Token": TOKEN, "Content-Type": "application/json"})


def create_product(payload):
    return session.post(f"{BASE_URL}/products", json=payload, timeout=10)


def live_room(room_id):
    return session.get(f"{BASE_URL}/smart-live-rooms/{room_id}", timeout=10)
