"""Virtual avatar video production."""
from __future__ import annotations

import logging

from huaweicloudsdkmetastudio.v1 import (
    Cancel2DDigitalHumanVideoRequest,
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    ListVideoScriptsRequest,
    OutputAssetConfig,
    Show2DDigitalHumanVideoRequest,
    Show2DDigitalHumanVideoResponse,
    ShowVideoScriptRequest,
)

from app.services.base import BaseStudioService

log = logging.getLogger(__name__)


class VideoService(BaseStudioService):
    def render_from_script(self, script_id: str, title: str = "") -> str:
        """Start rendering a saved video script; returns the production job id."""
        script = self._call("show_video_script", ShowVideoScriptRequest(script_id=script_id))
        body = Create2DDigitalHumanVideoReq(
            script_id=script_id,
            output_asset_config=OutputAssetConfig(asset_name=title or script.script_name),
        )
        resp = self._call("create2_d_digital_human_video", Create2DDigitalHumanVideoRequest(body=body))
        log.info("render of script %s started as job %s", script_id, resp.job_id)
        return resp.job_id

    def job_status(self, job_id: str) -> Show2DDigitalHumanVideoResponse:
        return self._call("show2_d_digital_human_video", Show2DDigitalHumanVideoRequest(job_id=job_id))

    def cancel(self, job_id: str) -> None:
        self._call("cancel2_d_digital_human_video", Cancel2DDigitalHumanVideoRequest(job_id=job_id))

    def scripts(self, limit: int = 20, offset: int = 0) -> list:
        resp = self._call("list_video_scripts", ListVideoScriptsRequest(limit=limit, offset=offset))
        return list(resp.video_scripts or [])
