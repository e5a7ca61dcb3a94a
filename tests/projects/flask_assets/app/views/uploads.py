"""Upload endpoints: the browser uploads to OBS, then confirms here in bulk."""
import logging
import time

from flask import Blueprint, abort, jsonify, request

from app import metastudio

log = logging.getLogger(__name__)

bp = Blueprint("uploads", __name__)


def _ids_from_payload():
    payload = request.get_json(silent=True) or {}
    file_ids = payload.get("file_ids")
    if not isinstance(file_ids, list) or not file_ids:
        abort(400, "file_ids must be a non-empty list")
    return file_ids


@bp.post("/confirm")
def confirm_uploads():
    """Confirm every file the browser reports as uploaded."""
    file_ids = _ids_from_payload()
    confirmed = []
    for file_id in file_ids:
        metastudio.confirm_upload(file_id)  # expect: MST101 ~10.0/s
        confirmed.append(file_id)
    log.info("confirmed %d uploads", len(confirmed))
    return jsonify(confirmed=confirmed)


@bp.post("/discard")
def discard_uploads():
    """Delete abandoned uploads, spaced out so the gateway is not hammered."""
    file_ids = _ids_from_payload()
    for file_id in file_ids:
        metastudio.delete_uploaded_file(file_id)
        time.sleep(0.25)
    return jsonify(deleted=len(file_ids))
