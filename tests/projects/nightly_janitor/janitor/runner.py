"""Run every registered job once, in registration order."""
import logging
import sys

from janitor.jobs import assets, content, training  # noqa: F401  (registers the jobs)
from janitor.infra import executor
from janitor.registry import JOBS

log = logging.getLogger("janitor")


def run_all(only=None):
    failed = []
    for name, job in JOBS.items():
        if only and name not in only:
            continue
        try:
            job()
        except Exception:
            log.exception("job %s failed", name)
            failed.append(name)
    executor.shutdown(wait=True)
    return failed


if __name__ == "__main__":
    sys.exit(1 if run_all(sys.argv[1:]) else 0)
