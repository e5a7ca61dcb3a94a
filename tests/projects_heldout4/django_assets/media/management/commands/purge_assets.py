import time

from django.core.management.base import BaseCommand

from media.constants import PAGE_SIZE
from media.metastudio import AssetGateway


def chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]


class Command(BaseCommand):
    help = "Delete the assets tagged for removal"

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true")

    def collect(self, gateway):
        found, offset = [], 0
        while True:
            page = gateway.list_page(offset)
            found.extend(a.asset_id for a in page.assets if "purge" in (a.tags or []))
            offset += PAGE_SIZE
            if len(page.assets) < PAGE_SIZE:
                return found

    def handle(self, *args, **options):
        gateway = AssetGateway()
        ids = self.collect(gateway)
        if options["batch"]:
            for chunk in chunks(ids, 20):
                gateway.batch_delete(chunk)  # expect: MST101
        else:
            for asset_id in ids:
                gateway.delete(asset_id)
                time.sleep(0.05)
