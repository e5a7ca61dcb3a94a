"""Nightly job: rewrite product descriptions from the merchandising feed."""
import json
import logging
import sys
import time

from live_commerce import config
from live_commerce.repository import default_repository

log = logging.getLogger(__name__)


def load_feed(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return {item["name"]: item["description"] for item in json.load(fh)}


def refresh_descriptions(feed_path: str) -> int:
    repo = default_repository()
    feed = load_feed(feed_path)
    products = repo.list_all()
    pending = [
        (product.product_id, feed[product.name])
        for product in products
        if feed.get(product.name) and feed[product.name] != product.description
    ]
    for product_id, description in pending:
        repo.update_description(product_id, description)
        time.sleep(config.PAUSE_S)
    changed = len(pending)
    log.info("refreshed %d descriptions", changed)
    return changed


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    refresh_descriptions(sys.argv[1])
