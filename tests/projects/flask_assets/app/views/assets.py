"""Asset endpoints: overview per asset type and bulk copy from partner tenants."""
import time

from flask import Blueprint, jsonify, request

from app import jobs, metastudio

bp = Blueprint("assets", __name__)

ASSET_TYPES = ("HUMAN_MODEL_2D", "VOICE_MODEL", "ANIMATION")
COPY_PAUSE = 0.2


@bp.get("/overview")
def overview():
    """Count the assets of each type for the dashboard tiles."""
    counts = {}
    for asset_type in ASSET_TYPES:
        resp = metastudio.list_assets(asset_type, limit=1)
        counts[asset_type] = resp.count
    return jsonify(counts)


@bp.post("/replicate")
def replicate():
    """Copy the assets a partner tenant shared with us."""
    payload = request.get_json(force=True)
    created = []
    for shared in payload["assets"]:
        resp = metastudio.copy_asset(shared["replication_info"])  # expect: MST101 ~3.3/s
        created.append(resp.asset_id)
        time.sleep(COPY_PAUSE)
    return jsonify(created=created), 201


@bp.post("/purge")
def purge():
    """Queue deletion of the selected assets; the RQ workers do the calls."""
    asset_ids = request.get_json(force=True)["asset_ids"]
    jobs.enqueue_purge(asset_ids)
    return jsonify(queued=len(asset_ids)), 202


@bp.post("/refresh")
def refresh():
    asset_ids = request.get_json(force=True)["asset_ids"]
    jobs.enqueue_refresh(asset_ids)
    return jsonify(queued=len(asset_ids)), 202
