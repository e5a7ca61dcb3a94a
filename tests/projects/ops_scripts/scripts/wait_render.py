#!/usr/bin/env python3
"""Wait for 2D avatar video jobs to finish and print the resulting video asset ids.

    python scripts/wait_render.py JOB_ID [JOB_ID ...] [--timeout 3600]
"""
from __future__ import annotations

import argparse
import logging
import time

from huaweicloudsdkmetastudio.v1 import Show2DDigitalHumanVideoRequest

from common import client, retry_call, setup_logging

log = logging.getLogger("ops.render")

TERMINAL = frozenset({"SUCCEED", "FAILED", "CANCELED"})
QUEUED_WAIT_S = 15  # a queued job won't start for a while anyway


def wait_for(job_id: str, timeout_s: float):
    request = Show2DDigitalHumanVideoRequest(job_id=job_id)
    deadline = time.monotonic() + timeout_s
    last_state = ""
    while time.monotonic() < deadline:
        job = retry_call(client.show2_d_digital_human_video, request)  # expect: MST103
        if job.state != last_state:
            log.info("%s: %s", job_id, job.state)
            last_state = job.state
        if job.state in TERMINAL:
            return job
        if job.state == "WAITING":
            time.sleep(QUEUED_WAIT_S)
    raise TimeoutError(f"{job_id} still {last_state or 'unknown'} after {timeout_s:.0f}s")


def main() -> int:
    parser = argparse.ArgumentParser(description="Wait for video jobs to finish.")
    parser.add_argument("job_ids", nargs="+")
    parser.add_argument("--timeout", type=float, default=3600.0, help="seconds per job")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    setup_logging(args.verbose)

    failed = 0
    for job_id in args.job_ids:
        try:
            job = wait_for(job_id, args.timeout)
        except TimeoutError as exc:
            log.error("%s", exc)
            failed += 1
            continue
        if job.state == "SUCCEED":
            print(job_id, job.output_asset_config.asset_id)
        else:
            log.error("%s ended %s: %s", job_id, job.state, job.error_info)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
