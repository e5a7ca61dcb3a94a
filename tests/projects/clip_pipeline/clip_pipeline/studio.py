"""Thin wrapper around MetaStudioClient for the video APIs the pipeline uses."""
import logging
from typing import Iterator, Optional

from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1 import (
    CallBackConfig,
    Cancel2DDigitalHumanVideoRequest,
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    CreateVideoScriptsReq,
    CreateVideoScriptsRequest,
    ListDigitalHumanVideoRequest,
    ListVideoScriptsRequest,
    MetaStudioClient,
    OutputAssetConfig,
    Show2DDigitalHumanVideoRequest,
    ShowVideoScriptRequest,
)

from .constants import *  # noqa: F401,F403

logger = logging.getLogger(__name__)


class VideoStudio:
    """Methods are named after the SDK methods they wrap and take plain arguments instead of requests."""

    def __init__(self, client: MetaStudioClient, callback_url: str = "") -> None:
        self._client = client
        self._callback_url = callback_url

    def create_video_scripts(self, body: CreateVideoScriptsReq) -> str:
        return self._client.create_video_scripts(CreateVideoScriptsRequest(body=body)).script_id

    def show_video_script(self, script_id: str):
        return self._client.show_video_script(ShowVideoScriptRequest(script_id=script_id))

    def iter_video_scripts(self, name: Optional[str] = None) -> Iterator:
        offset = 0
        while True:
            page = self._client.list_video_scripts(ListVideoScriptsRequest(offset=offset, limit=PAGE_SIZE, name=name))  # noqa: F405
            scripts = page.video_scripts or []
            yield from scripts
            offset += len(scripts)
            if not scripts or offset >= page.count:
                return

    def create2_d_digital_human_video(self, script_id: str, asset_name: str) -> str:
        body = Create2DDigitalHumanVideoReq(
            script_id=script_id,
            output_asset_config=OutputAssetConfig(asset_name=asset_name),
        )
        if self._callback_url:
            body.callback_config = CallBackConfig(callback_url=self._callback_url)
        return self._client.create2_d_digital_human_video(Create2DDigitalHumanVideoRequest(body=body)).job_id

    def show2_d_digital_human_video(self, job_id: str):
        return self._client.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id))

    def list_digital_human_video(self, offset: int = 0, state: Optional[str] = None):
        return self._client.list_digital_human_video(
            ListDigitalHumanVideoRequest(offset=offset, limit=PAGE_SIZE, state=state)  # noqa: F405
        )

    def cancel(self, job_id: str):
        """Cancel a job that is still WAITING; the gateway throttles cancels hard, so try a few times."""
        req = Cancel2DDigitalHumanVideoRequest(job_id=job_id)
        for attempt in range(1, 4):
            try:
                return self._client.cancel2_d_digital_human_video(req)  # expect: MST104
            except exceptions.ClientRequestException as exc:
                if exc.error_code != "APIGW.0308" or attempt == 3:
                    raise
                logger.warning("cancel %s throttled (attempt %d), retrying", job_id, attempt)

    def call(self, action: str, request):
        """Run any MetaStudio operation by its SDK method name (for ad-hoc admin commands)."""
        return getattr(self._client, action)(request)
