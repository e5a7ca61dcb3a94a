"""Command-line entry point: ``studio-job NAME`` runs one registered job."""
from __future__ import annotations

import argparse
import logging
import sys
import time

from studio_core import JOBS

from . import assistant_jobs, live_jobs, media_jobs  # noqa: F401  (importing registers the jobs)

log = logging.getLogger("studio_jobs")


def run_job(name: str) -> float:
    job_cls = JOBS[name]
    job = job_cls()
    log.info("starting %s (%s)", name, job_cls.__qualname__)
    started = time.perf_counter()
    job.run()
    elapsed = time.perf_counter() - started
    log.info("%s finished in %.1fs", name, elapsed)
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="studio-job", description=__doc__)
    parser.add_argument("job", choices=sorted(JOBS), help="registered job to run")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        run_job(args.job)
    except KeyboardInterrupt:
        log.warning("interrupted")
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
