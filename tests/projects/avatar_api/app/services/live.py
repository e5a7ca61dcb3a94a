"""Intelligent live rooms and their product catalogue."""
from __future__ import annotations

import logging

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    CreateInteractionRuleGroupRequest,
    CreateProductRequest,
    CreateProductRequestBody,
    CreateSmartLiveRoomReq,
    CreateSmartLiveRoomRequest,
    InteractionRuleGroupDetail,
    LiveVideoScriptInfo,
    StopSmartLiveRequest,
)

from app.services.base import BaseStudioService, StudioError

log = logging.getLogger(__name__)

STOP_ATTEMPTS = 3


class LiveService(BaseStudioService):
    def create_room(self, name: str, model_asset_id: str) -> str:
        scene = LiveVideoScriptInfo(script_name=f"{name}-opening", model_asset_id=model_asset_id)
        body = CreateSmartLiveRoomReq(room_name=name, scene_scripts=[scene])
        return self._call("create_smart_live_room", CreateSmartLiveRoomRequest(body=body)).room_id

    def add_rule_group(self, room_id: str, preset: str) -> str:
        body = InteractionRuleGroupDetail(group_name=f"{room_id}-{preset}")
        resp = self._call("create_interaction_rule_group", CreateInteractionRuleGroupRequest(body=body))
        return resp.group_id

    def create_product(self, name: str, description: str, price_cents: int) -> str:
        body = CreateProductRequestBody(name=name, description=description,
                                        price=f"{price_cents / 100:.2f}")
        return self._call("create_product", CreateProductRequest(body=body)).product_id

    def stop_live(self, room_id: str, job_id: str) -> None:
        """Stop a livestream job.

        The gateway answers 5xx for a few seconds while the job drains, so this retries
        server errors itself instead of going through ``_call`` (which only handles 429).
        """
        request = StopSmartLiveRequest(room_id=room_id, job_id=job_id)
        for attempt in range(1, STOP_ATTEMPTS + 1):
            try:
                self.client.stop_smart_live(request)  # expect: MST104
                return
            except exceptions.ServerResponseException as exc:
                log.warning("stop_smart_live %s/%s: HTTP %s (attempt %d/%d)", room_id, job_id,
                            exc.status_code, attempt, STOP_ATTEMPTS)
        raise StudioError(f"could not stop live job {job_id} of room {room_id}")
