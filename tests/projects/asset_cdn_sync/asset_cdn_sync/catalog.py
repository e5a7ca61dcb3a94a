"""The MetaStudio digital-asset catalogue, over the REST API."""
import time

from asset_cdn_sync import settings
from asset_cdn_sync.http_session import MetaStudioSession
from asset_cdn_sync.retry import request_with_backoff

ASSETS_PATH = f"/v1/{settings.PROJECT_ID}/digital-assets"


def list_all_assets(session: MetaStudioSession, asset_type: str = "VIDEO") -> list:
    """Every asset of one type, one page at a time."""
    assets, offset = [], 0
    while True:
        resp = request_with_backoff(
            session,
            "GET",
            ASSETS_PATH,
            params={"asset_type": asset_type, "offset": offset, "limit": settings.PAGE_SIZE},
        )
        page = resp.json().get("assets") or []
        assets.extend(page)
        if len(page) < settings.PAGE_SIZE:
            return assets
        offset += settings.PAGE_SIZE
        time.sleep(settings.PAGE_PAUSE_S)  # be gentle with the listing API between pages


def fetch_detail(session: MetaStudioSession, asset_id: str) -> dict:
    """Asset details, including the download URLs of its files."""
    resp = session.get(f"{ASSETS_PATH}/{asset_id}")
    resp.raise_for_status()
    return resp.json()


def tag_asset(session: MetaStudioSession, asset_id: str, tags: list) -> None:
    resp = session.put(f"{ASSETS_PATH}/{asset_id}", json={"tags": tags})
    resp.raise_for_status()


def delete_asset(session: MetaStudioSession, asset_id: str) -> None:
    resp = session.delete(f"{ASSETS_PATH}/{asset_id}")
    if resp.status_code != 404:  # already gone is fine
        resp.raise_for_status()
