"""``python manage.py sync_avatars``: keep the gallery's MetaStudio avatars tidy.

* tags every 2D avatar with ``gallery`` (paced, see ``throttling.SYNC_PAUSE_S``);
* ``--import-csv FILE`` registers new avatars (name, tags separated by ``|``);
* ``--purge FILE`` deletes the avatars listed in FILE, one asset id per line.
"""
import csv
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from apps.avatars import throttling
from apps.avatars.services import avatar_service

GALLERY_TAG = "gallery"


class Command(BaseCommand):
    help = "Sync the gallery's MetaStudio avatars: tags, CSV import and purge."

    def add_arguments(self, parser):
        parser.add_argument("--asset-type", default="HUMAN_MODEL_2D")
        parser.add_argument("--import-csv", type=Path)
        parser.add_argument("--purge", type=Path, metavar="FILE")
        parser.add_argument("--skip-tags", action="store_true")

    def handle(self, *args, **options):
        if not options["skip_tags"]:
            self._tag_all(options["asset_type"])
        if options["import_csv"]:
            self._import(options["import_csv"])
        if options["purge"]:
            self._purge(options["purge"])

    def _tag_all(self, asset_type):
        seen = changed = 0
        for asset in avatar_service.iter_assets(asset_type):
            seen += 1
            tags = sorted(set(asset.tags or []) | {GALLERY_TAG})
            if tags != sorted(asset.tags or []):
                avatar_service.retag(asset.asset_id, asset.asset_name, tags)
                changed += 1
            time.sleep(throttling.SYNC_PAUSE_S)
        self.stdout.write(f"tagged {changed} of {seen} avatars")

    def _import(self, path):
        if not path.exists():
            raise CommandError(f"{path} does not exist")
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                throttling.asset_create_limiter.try_acquire("create_digital_asset")
                tags = [t for t in row.get("tags", "").split("|") if t]
                asset_id = avatar_service.register(row["name"], tags + [GALLERY_TAG])
                self.stdout.write(f"registered {row['name']} as {asset_id}")

    def _purge(self, path):
        asset_ids = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for asset_id in map(avatar_service.remove, asset_ids):  # expect: MST101 ~10/s
            self.stdout.write(f"deleted {asset_id}")
