"""Flask blueprint used by the web backend."""
import time

from flask import Blueprint, jsonify, request

from photomodel import settings
from photomodel.services.assets import AssetService
from photomodel.services.base import build_client
from photomodel.services.modeling import ModelingService
from photomodel.tasks import finalize_asset

bp = Blueprint("avatars", __name__, url_prefix="/avatars")
modeling = ModelingService(build_client())
assets = AssetService(build_client())


@bp.post("/jobs")
def create_job():
    photo = request.files["photo"].read()
    job = modeling.submit(photo, request.form["name"], request.form["style_id"])
    return jsonify(job_id=job.job_id), 202


@bp.get("/assets/<asset_id>")
def get_asset(asset_id):
    asset = assets.show(asset_id)
    finalize_asset.delay(asset_id)
    return jsonify(asset_id=asset.asset_id, state=asset.asset_state)


@bp.post("/admin/assets/clone")
def clone_assets():
    cloned = []
    for asset_id in request.get_json()["asset_ids"]:
        cloned.append(assets.clone(asset_id).asset_id)  # expect: MST101 ~5/s
    return jsonify(cloned=cloned)


@bp.post("/admin/assets/purge")
def purge_assets():
    for asset_id in request.get_json()["asset_ids"]:
        assets.delete(asset_id)
        time.sleep(settings.PURGE_PAUSE)
    return "", 204
