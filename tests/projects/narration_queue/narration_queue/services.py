"""Narration helpers on top of the MetaStudio client."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    BatchAssetActionReq, BatchExecuteAssetActionRequest, Create2DDigitalHumanVideoReq, Create2DDigitalHumanVideoRequest,
    CreateAsyncTtsJobRequest, CreateAsyncTtsJobRequestBody, CreateVideoScriptsReq, CreateVideoScriptsRequest,
    ListAssetsRequest, MetaStudioClient, Show2DDigitalHumanVideoRequest, ShowAsyncTtsJobRequest,
    VoiceConfig)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

from . import settings


class NarrationStudio:
    def __init__(self, region_id):
        creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], settings.PROJECT_ID)
        region = MetaStudioRegion.value_of(region_id)
        self.client = MetaStudioClient.new_builder().with_credentials(creds).with_region(region).build()

    def synthesize(self, text, voice_asset_id):
        body = CreateAsyncTtsJobRequestBody(text=text, voice_asset_id=voice_asset_id, audio_format="mp3")
        return self.client.create_async_tts_job(CreateAsyncTtsJobRequest(body=body)).job_id

    def tts_status(self, job_id):
        return self.client.show_async_tts_job(ShowAsyncTtsJobRequest(job_id=job_id))

    def new_script(self, name, voice_asset_id):
        body = CreateVideoScriptsReq(script_name=name, model_asset_id=settings.MODEL_ASSET_ID,
                                     voice_config=VoiceConfig(voice_asset_id=voice_asset_id))
        return self.client.create_video_scripts(CreateVideoScriptsRequest(body=body))

    def render(self, script_id):
        body = Create2DDigitalHumanVideoReq(script_id=script_id)
        return self.client.create2_d_digital_human_video(Create2DDigitalHumanVideoRequest(body=body)).job_id

    def video(self, job_id):
        return self.client.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id))

    def asset_action(self, action, asset_ids):
        body = BatchAssetActionReq(action=action, asset_ids=list(asset_ids))
        return self.client.batch_execute_asset_action(BatchExecuteAssetActionRequest(body=body))

    def assets(self, offset=0, name=None):
        return self.client.list_assets(ListAssetsRequest(offset=offset, limit=50, name=name))


studio = NarrationStudio(settings.REGION)
