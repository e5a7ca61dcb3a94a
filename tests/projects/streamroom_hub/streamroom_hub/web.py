"""Flask endpoints used by the shop staff and by the comment bot."""
from flask import Flask, abort, jsonify, request
from huaweicloudsdkmetastudio.v1 import (
    CreateDialogUrlReq,
    CreateDialogUrlRequest,
    CreateOnceCodeRequest,
    ListSmartChatRoomsRequest,
)

from . import commands, rooms
from .sdk import bj, sg
from .throttle import on_throttle

app = Flask(__name__)


@app.post("/rooms/<room_id>/start")
def start_room(room_id):
    job_id = rooms.start_show(room_id)
    return jsonify(job_id=job_id), 202


@app.get("/rooms/<room_id>")
def room(room_id):
    info = rooms.room_or_none(room_id)
    if info is None:
        abort(404)
    return jsonify(room_id=info.room_id, name=info.room_name, state=info.room_state)


@app.post("/events/<room_id>/<job_id>")
def comment_event(room_id, job_id):
    payload = request.get_json(force=True)
    commands.report_event(room_id, job_id, payload.get("type", 1), payload["content"])
    return "", 204


@app.post("/kiosk/bj/dialog-url")
@on_throttle
def beijing_dialog_url():
    payload = request.get_json(force=True)
    body = CreateDialogUrlReq(room_id=payload["room_id"], robot_id=payload["robot_id"])
    return jsonify(url=bj.create_dialog_url(CreateDialogUrlRequest(body=body)).url)


@app.get("/kiosk/sg/rooms")
def singapore_chat_rooms():
    resp = sg.list_smart_chat_rooms(ListSmartChatRoomsRequest(limit=20))
    return jsonify(rooms=[r.room_id for r in resp.smart_chat_rooms or []])


@app.post("/kiosk/sg/once-code")
def singapore_once_code():
    """One-off code that lets the Singapore kiosk open a dialog without the AK/SK."""
    return jsonify(code=sg.create_once_code(CreateOnceCodeRequest()).once_code)  # expect: MST201
