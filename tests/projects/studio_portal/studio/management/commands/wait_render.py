"""manage.py wait_render JOB_ID -- follow one video render until it finishes."""
import time

from django.core.management.base import BaseCommand, CommandError

from studio.services import StudioService

TERMINAL_STATES = {"SUCCEED", "FAILED", "CANCELED"}


class Command(BaseCommand):
    help = "Print the progress of a digital-human video job until it reaches a final state."

    def add_arguments(self, parser):
        parser.add_argument("job_id")

    def handle(self, *args, **options):
        job_id = options["job_id"]
        svc = StudioService()
        started = time.monotonic()
        while True:
            job = svc.video_job(job_id)  # expect: MST103
            if job.state in TERMINAL_STATES:
                break
            if job.state == "WAITING":
                # still queued behind other renders: no point asking often
                time.sleep(10)
                continue
            self.stdout.write(f"\r{job_id}: {job.state} after {time.monotonic() - started:.0f}s", ending="")
        self.stdout.write("")
        if job.state != "SUCCEED":
            raise CommandError(f"job {job_id} ended {job.state}: {job.error_info}")
        self.stdout.write(self.style.SUCCESS(f"done: {job.output_asset_config.asset_id}"))
