"""StudioClient: a MetaStudioClient with the video operations the bulletin needs."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    MetaStudioAsyncClient,
    MetaStudioClient,
    ShootScript,
    ShootScriptItem,
    Show2DDigitalHumanVideoRequest,
    TextConfig,
    VoiceConfig,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from . import config


def credentials() -> BasicCredentials:
    return BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])


class StudioClient(MetaStudioClient):
    @classmethod
    def for_region(cls, region_id: str) -> "StudioClient":
        region = MetaStudioRegion.value_of(region_id)
        return cls.new_builder().with_credentials(credentials()).with_region(region).build()

    def submit_video(self, paragraphs) -> str:
        items = [ShootScriptItem(sequence_no=n, shoot_script=ShootScript(script_type="TEXT",
                                                                        text_config=TextConfig(text=text)))
                 for n, text in enumerate(paragraphs)]
        body = Create2DDigitalHumanVideoReq(model_asset_id=config.MODEL_ASSET_ID, shoot_scripts=items,
                                            voice_config=VoiceConfig(voice_asset_id=config.VOICE_ASSET_ID))
        return self.create2_d_digital_human_video(Create2DDigitalHumanVideoRequest(body=body)).job_id

    def video_state(self, job_id: str) -> str:
        return self.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id)).state


def build_async(region_id: str) -> MetaStudioAsyncClient:
    region = MetaStudioRegion.value_of(region_id)
    return MetaStudioAsyncClient.new_builder().with_credentials(credentials()).with_region(region).build()


def primary() -> StudioClient:
    return StudioClient.for_region(config.REGION)


def failover() -> StudioClient:
    return StudioClient.for_region(config.FAILOVER_REGION)
