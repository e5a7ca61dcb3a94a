"""Run the scheduled jobs:  python -m jobs.scheduler"""
import logging

from apscheduler.schedulers.blocking import BlockingScheduler

from jobs import nightly, watchdog


def build_scheduler() -> BlockingScheduler:
    scheduler = BlockingScheduler(timezone="Asia/Shanghai")
    scheduler.add_job(nightly.audit_rooms, "cron", hour=2, minute=30, id="audit-rooms", max_instances=1, coalesce=True)
    scheduler.add_job(watchdog.check_live_jobs, "interval", minutes=1, id="live-watchdog", max_instances=1)
    return scheduler


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    build_scheduler().start()
