"""REST gateway to the kiosk dialogs (smart chat rooms) and their applications."""
from typing import Any, Dict

import httpx

from tutor_kiosk import config


class DialogGateway:
    def __init__(self, token: str = config.IAM_TOKEN):
        self._http = httpx.AsyncClient(
            base_url=config.METASTUDIO_API,
            headers={"X-Auth-Token": token, "Content-Type": "application/json"},
            timeout=httpx.Timeout(10.0, connect=3.0),
        )

    async def open_room(self, name: str, robot_id: str, model_asset_id: str) -> str:
        body = {
            "room_name": name,
            "robot_id": robot_id,
            "model_asset_id": model_asset_id,
            "voice_config_list": [{"voice_asset_id": config.TUTOR_TIMBRE, "speed": 100, "language": "zh_CN"}],
        }
        resp = await self._http.post(f"/v1/{config.PROJECT_ID}/smart-chat-rooms", json=body)
        resp.raise_for_status()
        return resp.json()["room_id"]

    async def room_detail(self, room_id: str) -> Dict[str, Any]:
        resp = await self._http.get(f"/v1/{config.PROJECT_ID}/smart-chat-rooms/{room_id}")
        resp.raise_for_status()
        data = resp.json()
        return {"room_id": room_id, "name": data.get("room_name"), "robot_id": data.get("robot_id")}

    async def robot_detail(self, robot_id: str) -> Dict[str, Any]:
        resp = await self._http.get(f"/v1/{config.PROJECT_ID}/digital-human-chat/robot/{robot_id}")
        resp.raise_for_status()
        data = resp.json()
        return {"robot_id": robot_id, "name": data.get("name"), "language": data.get("language")}

    async def aclose(self) -> None:
        await self._http.aclose()
