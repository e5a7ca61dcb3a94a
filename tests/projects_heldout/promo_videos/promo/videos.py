"""Render promo and narration videos with the 2D digital-human API."""
from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    ShootScript,
    ShootScriptItem,
    TextConfig,
    VoiceConfig,
)

from promo import settings
from promo.base import RendererBase


def _script(text):
    return [ShootScriptItem(sequence_no=0, shoot_script=ShootScript(script_type="TEXT", text_config=TextConfig(text=text)))]


class PromoRenderer(RendererBase):
    def render_promo(self, text):
        body = Create2DDigitalHumanVideoReq(
            model_asset_id=self.model_asset_id,
            voice_config=VoiceConfig(voice_asset_id=settings.PROMO_VOICE),
            shoot_scripts=_script(text),
        )
        return self.client.create2_d_digital_human_video(Create2DDigitalHumanVideoRequest(body=body)).job_id

    def render_narration(self, text):
        body = Create2DDigitalHumanVideoReq(
            model_asset_id=self.model_asset_id,
            voice_config=VoiceConfig(voice_asset_id=settings.NARRATOR_VOICE),
            shoot_scripts=_script(text),
        )
        return self.client.create2_d_digital_human_video(Create2DDigitalHumanVideoRequest(body=body)).job_id
