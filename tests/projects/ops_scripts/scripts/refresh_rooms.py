#!/usr/bin/env python3
"""Push the shared room template (interaction rules, backup model, ...) to every live room.

    python scripts/refresh_rooms.py templates/room.json [--verify]
"""
from __future__ import annotations

import argparse
import json
import logging
import time
from multiprocessing.pool import ThreadPool
from pathlib import Path
from typing import Any

from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkmetastudio.v1 import (
    ListSmartLiveRoomsRequest,
    ShowSmartLiveRoomRequest,
    UpdateSmartLiveRoomReq,
    UpdateSmartLiveRoomRequest,
)
from tqdm import tqdm

from common import client, setup_logging

log = logging.getLogger("ops.rooms")

VERIFY_SPACING_S = 0.4

_template: dict[str, Any] = {}


def room_ids(limit: int = 200) -> list[str]:
    resp = client.list_smart_live_rooms(ListSmartLiveRoomsRequest(limit=limit))
    return [room.room_id for room in resp.smart_live_rooms or []]


def refresh_room(room_id: str) -> tuple[str, bool]:
    body = UpdateSmartLiveRoomReq(**_template)
    try:
        client.update_smart_live_room(UpdateSmartLiveRoomRequest(room_id=room_id, body=body))
    except ClientRequestException as exc:
        log.error("room %s: %s %s", room_id, exc.error_code, exc.error_msg)
        return room_id, False
    return room_id, True


def room_state(room_id: str) -> tuple[str, str]:
    time.sleep(VERIFY_SPACING_S)  # spread the reads over the two workers
    room = client.show_smart_live_room(ShowSmartLiveRoomRequest(room_id=room_id))
    return room_id, room.room_state


def main() -> int:
    parser = argparse.ArgumentParser(description="Apply the room template to every live room.")
    parser.add_argument("template", type=Path)
    parser.add_argument("--verify", action="store_true", help="read every room back afterwards")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    setup_logging(args.verbose)

    _template.update(json.loads(args.template.read_text(encoding="utf-8")))
    ids = room_ids()
    with ThreadPool(8) as pool:
        results = list(tqdm(pool.imap(refresh_room, ids), total=len(ids), desc="rooms"))  # expect: MST102 ~80/s
    failed = [room_id for room_id, ok in results if not ok]
    log.info("%d rooms refreshed, %d failed", len(results) - len(failed), len(failed))

    if args.verify:
        with ThreadPool(2) as pool:
            for room_id, state in pool.imap_unordered(room_state, ids):
                log.info("%s: %s", room_id, state)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
