"""Publish video script templates as this week's scripts: copy each template and name the copy."""
from __future__ import annotations

import datetime as dt
import logging
import time

from django.core.management.base import BaseCommand

from assetsync import clients, conf
from assetsync.services import CatalogService
from assetsync.utils.retry import retry_quick

log = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Copy the given script templates and name the copies '<prefix> <template> <week>'."

    def add_arguments(self, parser):
        parser.add_argument("template_ids", nargs="+")
        parser.add_argument("--prefix", default="weekly")

    def handle(self, *args, **options):
        service = CatalogService(clients.primary_client())
        week = dt.date.today().strftime("%G-W%V")
        published: list[str] = []
        for template_id in options["template_ids"]:
            new_id = service.copy_script(template_id)
            retry_quick(service.rename_script, new_id, f"{options['prefix']} {template_id} {week}")
            published.append(new_id)
            log.info("template %s published as %s", template_id, new_id)
            time.sleep(conf.PUBLISH_PAUSE)
        self.stdout.write(f"published {len(published)} scripts for {week}")
