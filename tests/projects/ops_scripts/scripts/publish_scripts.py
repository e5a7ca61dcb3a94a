#!/usr/bin/env python3
"""Publish the approved video scripts: copy each one into the release under a dated name.

    python scripts/publish_scripts.py data/approved.txt --release 2025-spring
"""
from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any, Callable, Optional, TypeVar

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import CopyVideoScriptsReq, CopyVideoScriptsRequest

from common import client, paced, setup_logging

T = TypeVar("T")

log = logging.getLogger("ops.publish")

COPIES_PER_SECOND = 2


def _retry(fn: Callable[..., T], *args: Any, attempts: int = 5) -> T:
    # Same as common.retry_call, minus the sleeping: the CI job has a hard time limit.
    last_error: Optional[ClientRequestException] = None
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args)  # expect: MST104
        except ClientRequestException as exc:
            last_error = exc
            log.warning("%s failed (attempt %d/%d): %s", getattr(fn, "__name__", "call"), attempt, attempts,
                        exc.error_code)
    assert last_error is not None
    raise last_error


def publish(script_ids: list[str], release: str) -> dict[str, str]:
    published: dict[str, str] = {}
    for script_id in paced(script_ids, per_second=COPIES_PER_SECOND):
        body = CopyVideoScriptsReq(script_name=f"{release}-{script_id}")
        request = CopyVideoScriptsRequest(script_id=script_id, body=body)
        published[script_id] = _retry(client.copy_video_scripts, request).script_id
    return published


def main() -> int:
    parser = argparse.ArgumentParser(description="Copy the approved video scripts into a release.")
    parser.add_argument("approved", type=Path, help="file with one script id per line")
    parser.add_argument("--release", required=True)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    setup_logging(args.verbose)

    script_ids = [line.strip() for line in args.approved.read_text(encoding="utf-8").splitlines() if line.strip()]
    for source, copy in publish(script_ids, args.release).items():
        print(source, copy)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
