"""Entry points: nightly maintenance over every office, and one-off operations.

    python -m kiosk_fleet.jobs nightly --inventory /srv/kiosks
    python -m kiosk_fleet.jobs wake --inventory /srv/kiosks bj-lobby-03
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys

from .clients import build_client
from .config import GREETINGS, TENANTS
from .coordinator import FleetCoordinator, audit_avatars
from .metastudio_adapters import MetaStudioAssetAdapter, MetaStudioChatAdapter
from .ports import Kiosk

log = logging.getLogger("kiosk_fleet")


def load_inventory(path: str) -> list[Kiosk]:
    with open(path, encoding="utf-8") as fh:
        return [Kiosk(**row) for row in json.load(fh)]


def nightly(inventory_dir: str) -> int:
    drifted = 0
    for office, tenant in TENANTS.items():
        client = build_client(tenant["region"], os.environ[tenant["project_env"]])
        coordinator = FleetCoordinator(MetaStudioChatAdapter(client), language=tenant["language"])
        kiosks = load_inventory(os.path.join(inventory_dir, f"{office}.json"))
        drifted += len(coordinator.check_rooms(kiosks))
        coordinator.install_greetings(kiosks, GREETINGS[office])
        coordinator.update_greetings(kiosks, GREETINGS[office])
    return 1 if drifted else 0


def provision_singapore_lobby(model_asset_id: str, voice_asset_id: str) -> str:
    tenant = TENANTS["sg"]
    client = build_client(tenant["region"], os.environ[tenant["project_env"]])
    adapter = MetaStudioChatAdapter(client)
    existing = adapter.find_room("sg-lobby")
    if existing:
        return existing
    return adapter.create_room("sg-lobby", model_asset_id, tenant["robot_id"], voice_asset_id)


def wake(inventory_dir: str, kiosk_id: str) -> str:
    tenant = TENANTS["bj"]
    client = build_client(tenant["region"], os.environ[tenant["project_env"]])
    kiosk = next(k for k in load_inventory(os.path.join(inventory_dir, "bj.json")) if k.kiosk_id == kiosk_id)
    return FleetCoordinator(MetaStudioChatAdapter(client), language=tenant["language"]).wake(kiosk)


def audit_beijing(asset_ids: list[str]) -> dict[str, str]:
    tenant = TENANTS["bj"]
    client = build_client(tenant["region"], os.environ[tenant["project_env"]])
    return audit_avatars(MetaStudioAssetAdapter(client), asset_ids)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk-fleet")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p_nightly = sub.add_parser("nightly")
    p_nightly.add_argument("--inventory", required=True)
    p_wake = sub.add_parser("wake")
    p_wake.add_argument("--inventory", required=True)
    p_wake.add_argument("kiosk_id")
    p_prov = sub.add_parser("provision-sg")
    p_prov.add_argument("model_asset_id")
    p_prov.add_argument("voice_asset_id")
    p_audit = sub.add_parser("audit-bj")
    p_audit.add_argument("asset_ids", nargs="+")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO)
    if args.cmd == "nightly":
        return nightly(args.inventory)
    if args.cmd == "wake":
        print(wake(args.inventory, args.kiosk_id))
    elif args.cmd == "provision-sg":
        print(provision_singapore_lobby(args.model_asset_id, args.voice_asset_id))
    else:
        for asset_id, state in audit_beijing(args.asset_ids).items():
            print(f"{asset_id}\t{state}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
