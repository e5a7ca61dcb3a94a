"""Celery tasks: batch modeling from photo URLs and asset refreshes."""
from celery import Celery, chord, group

from photomodel import settings
from photomodel.services.assets import AssetService
from photomodel.services.base import build_client
from photomodel.services.modeling import ModelingService

app = Celery("photomodel", broker=settings.BROKER_URL)
modeling = ModelingService(build_client())
assets = AssetService(build_client())


@app.task
def model_photo(url, name, style_id):
    return modeling.submit_url(url, name, style_id).job_id


@app.task
def refresh_asset(asset_id):
    asset = assets.show(asset_id)
    return {"asset_id": asset.asset_id, "state": asset.asset_state}


@app.task
def summarize(results):
    return {r["asset_id"]: r["state"] for r in results}


@app.task
def finalize_asset(asset_id):
    while True:
        asset = assets.show(asset_id)  # expect: MST103
        if asset.asset_state in ("ACTIVED", "BLOCK"):
            return asset.asset_state


def model_batch(photos, style_id):
    return group(model_photo.s(p["url"], p["name"], style_id) for p in photos).apply_async()


def refresh_all(asset_ids):
    return chord(refresh_asset.s(a) for a in asset_ids)(summarize.s())  # expect: MST102 ~320/s
