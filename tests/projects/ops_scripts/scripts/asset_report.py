#!/usr/bin/env python3
"""Tag every digital asset with its owning team and write a CSV report (REST API).

Teams are taken from the asset name prefix, see data/teams.json.

    python scripts/asset_report.py --out report.csv [--no-tag]
"""
from __future__ import annotations

import argparse
import csv
import json
import logging
import time
from pathlib import Path
from typing import Any

import requests
from tqdm import tqdm

from common import auth_headers, setup_logging
from config import DATA_DIR, HOST, HTTP_TIMEOUT_S, PROJECT_ID

log = logging.getLogger("ops.assets")

ASSETS_URL = f"{HOST}/v1/{PROJECT_ID}/digital-assets"
PAGE_SIZE = 100
PAGE_PAUSE_S = 0.2
TAG_PAUSE_S = 0.05

session = requests.Session()


def list_assets() -> list[dict[str, Any]]:
    assets: list[dict[str, Any]] = []
    offset = 0
    while True:
        resp = session.get(ASSETS_URL, params={"offset": offset, "limit": PAGE_SIZE}, timeout=HTTP_TIMEOUT_S)
        resp.raise_for_status()
        page = resp.json().get("assets", [])
        assets.extend(page)
        if len(page) < PAGE_SIZE:
            return assets
        offset += PAGE_SIZE
        time.sleep(PAGE_PAUSE_S)


def tag_assets(assets: list[dict[str, Any]], team_of: dict[str, str]) -> int:
    tagged = 0
    for asset in tqdm(assets, desc="tagging", unit="asset"):
        team = team_of.get(asset["asset_name"].split("-", 1)[0], "unassigned")
        tags = sorted({*asset.get("tags", []), f"team:{team}"})
        resp = session.put(f"{ASSETS_URL}/{asset['asset_id']}", json={"tags": tags}, timeout=HTTP_TIMEOUT_S)  # expect: MST101 ~6.7/s
        if resp.ok:
            asset["tags"] = tags
            tagged += 1
        else:
            log.error("asset %s: HTTP %s %s", asset["asset_id"], resp.status_code, resp.text[:200])
        time.sleep(TAG_PAUSE_S)
    return tagged


def write_report(assets: list[dict[str, Any]], out: Path) -> None:
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["asset_id", "asset_name", "asset_type", "asset_state", "tags"])
        for asset in assets:
            writer.writerow([asset["asset_id"], asset["asset_name"], asset.get("asset_type", ""),
                             asset.get("asset_state", ""), ";".join(asset.get("tags", []))])


def main() -> int:
    parser = argparse.ArgumentParser(description="Tag digital assets by team and report them.")
    parser.add_argument("--out", type=Path, default=Path("asset-report.csv"))
    parser.add_argument("--no-tag", action="store_true", help="only write the report")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    setup_logging(args.verbose)

    session.headers.update(auth_headers())
    assets = list_assets()
    log.info("%d assets", len(assets))
    if not args.no_tag:
        team_of = json.loads((DATA_DIR / "teams.json").read_text(encoding="utf-8"))
        log.info("%d assets tagged", tag_assets(assets, team_of))
    write_report(assets, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
