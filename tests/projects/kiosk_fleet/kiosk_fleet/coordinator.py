"""Fleet-wide operations, written against the ports only."""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Iterable

from .config import AUDIT_WORKERS, SESSION_START_TIMEOUT_S, WRITE_INTERVAL_S
from .ports import AssetLookup, Kiosk, KioskAdapter
from .throttle import pace

log = logging.getLogger(__name__)


class FleetCoordinator:
    def __init__(self, adapter: KioskAdapter, language: str = "en_US") -> None:
        self.adapter = adapter
        self.language = language

    def check_rooms(self, kiosks: Iterable[Kiosk]) -> list[Kiosk]:
        """Kiosks whose room is no longer bound to the application we expect."""
        drifted = []
        for kiosk in kiosks:
            room = self.adapter.describe_room(kiosk.room_id)
            if room["robot_id"] != kiosk.robot_id:
                log.warning("kiosk %s: room %s points at robot %s", kiosk.kiosk_id, kiosk.room_id, room["robot_id"])
                drifted.append(kiosk)
        return drifted

    def install_greetings(self, kiosks: Iterable[Kiosk], text: str) -> dict[str, str]:
        """Give every kiosk that has none a greeting; returns kiosk id -> new greeting id."""
        pending = [k for k in kiosks if not k.greeting_id]
        installed = {}
        for kiosk in pending:
            installed[kiosk.kiosk_id] = self.adapter.add_greeting(kiosk.robot_id, text, self.language)  # expect: MST101 ~10.0/s
        log.info("installed %d greetings", len(installed))
        return installed

    def update_greetings(self, kiosks: Iterable[Kiosk], text: str) -> None:
        targets = [k for k in kiosks if k.greeting_id]
        for kiosk in targets:
            self.adapter.edit_greeting(kiosk.greeting_id, text)
            pace(WRITE_INTERVAL_S)

    def wake(self, kiosk: Kiosk) -> str:
        return self.adapter.start_session(kiosk.room_id, kiosk.robot_id, SESSION_START_TIMEOUT_S)


def audit_avatars(lookup: AssetLookup, asset_ids: Iterable[str]) -> dict[str, str]:
    """State of each avatar asset, looked up in parallel."""
    ids = list(asset_ids)
    with ThreadPoolExecutor(max_workers=AUDIT_WORKERS) as pool:
        states = list(pool.map(lookup.asset_state, ids))  # expect: MST102 ~60.0/s
    return dict(zip(ids, states))
