"""Import the merchandising feed: create new products, update changed ones."""
import json
import sys

from shop.services.catalog import CatalogService


def run(feed_path):
    catalog = CatalogService()
    with open(feed_path, encoding="utf-8") as fh:
        feed = json.load(fh)
    for item in feed["new"]:
        catalog.create(item["name"], item["description"])
    for item in feed["changed"]:
        catalog.update(item["product_id"], item["description"])
    for product_id, assets in feed.get("assets", {}).items():
        catalog.attach(product_id, assets)


if __name__ == "__main__":
    run(sys.argv[1])
