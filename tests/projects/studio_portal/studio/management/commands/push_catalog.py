"""manage.py push_catalog updates.json -- push edited product copy to MetaStudio, paced for the API limit."""
import json

from django.core.management.base import BaseCommand

from studio.services import StudioService
from utils.ratelimit import TokenBucket


class Command(BaseCommand):
    help = "Update the name and description of existing MetaStudio products."

    def add_arguments(self, parser):
        parser.add_argument("json_path")
        parser.add_argument("--rate", type=float, default=2.0,
                            help="update_product calls per second (Shanghai allows 3/s per tenant)")

    def handle(self, *args, **options):
        with open(options["json_path"], encoding="utf-8") as fh:
            updates = json.load(fh)
        svc = StudioService()
        bucket = TokenBucket(rate=options["rate"], capacity=1)
        for item in updates:
            bucket.acquire()
            svc.update_product(item["product_id"], item["name"], item["description"])
        self.stdout.write(self.style.SUCCESS(f"{len(updates)} products updated"))
