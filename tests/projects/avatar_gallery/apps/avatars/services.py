"""Service layer between the avatars app and MetaStudio.

One service object per tenant is built at import time and shared by the
views, the Celery tasks and the management commands.
"""
import logging
import time

from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    CreateDialogUrlReq,
    CreateDialogUrlRequest,
    CreateDigitalAssetRequest,
    CreateDigitalAssetRequestBody,
    CreateTtsAuditionRequest,
    CreateTtsAuditionRequestBody,
    DeleteAssetRequest,
    ListAssetsRequest,
    MetaStudioClient,
    Show2DDigitalHumanVideoRequest,
    ShowAssetRequest,
    ShowTtsAuditionFileRequest,
    UpdateDigitalAssetRequest,
    UpdateDigitalAssetRequestBody,
    VoiceConfig,
)

from apps.avatars import throttling
from apps.avatars.clients import make_client
from gallery import settings

log = logging.getLogger(__name__)

TERMINAL_VIDEO_STATES = ("SUCCEED", "FAILED", "CANCELED")


class StudioService:
    """Operations every tenant needs; subclasses pick the client."""

    client: MetaStudioClient = None
    page_size = 50

    def asset(self, asset_id):
        return self.client.show_asset(ShowAssetRequest(asset_id=asset_id))

    def iter_assets(self, asset_type="HUMAN_MODEL_2D"):
        """Yield every asset of one type, page by page."""
        offset = 0
        while True:
            request = ListAssetsRequest(asset_type=asset_type, limit=self.page_size, offset=offset)
            resp = self.client.list_assets(request)
            assets = resp.assets or []
            yield from assets
            offset += len(assets)
            if not assets or offset >= (resp.count or 0):
                return
            time.sleep(throttling.PAGE_PAUSE_S)

    def register(self, name, tags):
        body = CreateDigitalAssetRequestBody(asset_name=name, asset_type="HUMAN_MODEL_2D", tags=tags)
        return self.client.create_digital_asset(CreateDigitalAssetRequest(body=body)).asset_id

    def retag(self, asset_id, name, tags):
        body = UpdateDigitalAssetRequestBody(asset_name=name, tags=tags)
        return self.client.update_digital_asset(UpdateDigitalAssetRequest(asset_id=asset_id, body=body))

    def set_state(self, asset_id, state):
        body = UpdateDigitalAssetRequestBody(asset_state=state)
        return self.client.update_digital_asset(UpdateDigitalAssetRequest(asset_id=asset_id, body=body))

    def remove(self, asset_id):
        self.client.delete_asset(DeleteAssetRequest(asset_id=asset_id))
        return asset_id

    def render_video(self, script_id, model_asset_id):
        cfg = settings.METASTUDIO
        body = Create2DDigitalHumanVideoReq(
            script_id=script_id,
            model_asset_id=model_asset_id,
            voice_config=VoiceConfig(voice_asset_id=cfg["PREVIEW_VOICE_ASSET_ID"]),
        )
        return self.client.create2_d_digital_human_video(Create2DDigitalHumanVideoRequest(body=body)).job_id

    def wait_video(self, job_id, timeout_s=1800):
        deadline = time.monotonic() + timeout_s
        request = Show2DDigitalHumanVideoRequest(job_id=job_id)
        while time.monotonic() < deadline:
            resp = self.client.show2_d_digital_human_video(request)
            if resp.state in TERMINAL_VIDEO_STATES:
                return resp
            time.sleep(throttling.VIDEO_POLL_S)
        raise TimeoutError(f"video job {job_id} still running after {timeout_s} s")

    def start_voice_preview(self, text):
        body = CreateTtsAuditionRequestBody(text=text)
        return self.client.create_tts_audition(CreateTtsAuditionRequest(body=body)).job_id

    def voice_preview(self, job_id):
        return self.client.show_tts_audition_file(ShowTtsAuditionFileRequest(job_id=job_id))


class AvatarService(StudioService):
    """The gallery's own tenant."""

    client = make_client(region=settings.METASTUDIO["REGION"])


class KioskService(StudioService):
    """The tenant of the lobby kiosks."""

    client = make_client(region=settings.METASTUDIO["KIOSK_REGION"])

    def dialog_url(self, robot_id, room_id=None):
        body = CreateDialogUrlReq(robot_id=robot_id, room_id=room_id)
        return self.client.create_dialog_url(CreateDialogUrlRequest(body=body)).url  # expect: MST201


avatar_service = AvatarService()
kiosk_service = KioskService()
