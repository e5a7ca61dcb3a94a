"""manage.py render_videos orders.jsonl -- queue one video render per order line."""
import json

from django.core.management.base import BaseCommand

from studio.tasks import render_video


class Command(BaseCommand):
    help = "Queue a digital-human video render for each order of a JSON-lines file."

    def add_arguments(self, parser):
        parser.add_argument("orders_path")

    def handle(self, *args, **options):
        queued = 0
        with open(options["orders_path"], encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                order = json.loads(line)
                render_video.delay(order)  # expect: MST102 ~320/s
                queued += 1
        self.stdout.write(self.style.SUCCESS(f"{queued} renders queued"))
