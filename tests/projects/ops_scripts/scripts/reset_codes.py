#!/usr/bin/env python3
"""Reset the activation codes of an application's kiosk avatars after a device swap.

Ported from the Beijing ops repository.

    python scripts/reset_codes.py ROBOT_ID [--only-expired]
"""
from __future__ import annotations

import argparse
import logging
import time

from huaweicloudsdkmetastudio.v1 import ListActiveCodeRequest, ResetActiveCodeRequest
from tqdm import tqdm

from common import client, setup_logging

log = logging.getLogger("ops.codes")

RESET_SPACING_S = 1.0


def list_codes(robot_id: str) -> list:
    resp = client.list_active_code(ListActiveCodeRequest(robot_id=robot_id, limit=100))
    return list(resp.data or [])


def reset_codes(codes: list) -> int:
    done = 0
    for code in tqdm(codes, desc="reset", unit="code"):
        client.reset_active_code(ResetActiveCodeRequest(active_code_id=code.active_code_id))  # expect: MST201
        log.debug("reset %s (device %s)", code.active_code_id, code.device_id)
        done += 1
        time.sleep(RESET_SPACING_S)
    return done


def main() -> int:
    parser = argparse.ArgumentParser(description="Reset the activation codes of an application.")
    parser.add_argument("robot_id")
    parser.add_argument("--only-expired", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    setup_logging(args.verbose)

    codes = list_codes(args.robot_id)
    if args.only_expired:
        codes = [code for code in codes if code.active_code_state == "EXPIRED"]
    log.info("%d codes reset", reset_codes(codes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
