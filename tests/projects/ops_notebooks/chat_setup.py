"""Create one interactive-dialog room per store avatar (ported from the Beijing onboarding notebook).

    python chat_setup.py stores.json       # [{"code": ..., "model_asset_id": ..., "voice_asset_id": ..., "robot_id": ...}]
"""
import json
import sys

from huaweicloudsdkmetastudio.v1 import CreateSmartChatRoomReq, CreateSmartChatRoomRequest, VoiceConfig

import common

with open(sys.argv[1], encoding="utf-8") as fh:
    stores = json.load(fh)

created = {}
for store in stores:
    body = CreateSmartChatRoomReq(
        room_name=f"store-{store['code']}",
        model_asset_id=store["model_asset_id"],
        voice_config=VoiceConfig(voice_asset_id=store["voice_asset_id"]),
        robot_id=store["robot_id"],
        default_language="EN",
    )
    room = common.client.create_smart_chat_room(CreateSmartChatRoomRequest(body=body))  # expect: MST201
    created[store["code"]] = room.room_id
    common.log.info("store %s: dialog room %s", store["code"], room.room_id)

with open("chat_rooms.json", "w", encoding="utf-8") as fh:
    json.dump(created, fh, indent=2)
