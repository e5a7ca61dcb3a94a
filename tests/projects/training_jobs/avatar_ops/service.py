"""Thin wrapper around the MetaStudio 2D model training / video APIs."""
from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    Create2dModelTrainingJobReq,
    Create2dModelTrainingJobRequest,
    ShootScript,
    ShootScriptItem,
    Show2DDigitalHumanVideoRequest,
    Show2dModelTrainingJobRequest,
    TextConfig,
    VoiceConfig,
)

from avatar_ops import settings
from avatar_ops.base import ClientBoundService

TERMINAL_TRAINING_STATES = {"JOB_SUCCESS", "JOB_FINISH", "JOB_REJECT", "TRAIN_FAILED", "AUTO_VERIFY_FAILED", "MANUAL_VERIFY_FAILED"}


class AvatarService(ClientBoundService):
    # --- 1:1 wrappers, named like the SDK methods -------------------------
    def create2d_model_training_job(self, req):
        return self._client.create2d_model_training_job(req)

    def show2d_model_training_job(self, req):
        return self._client.show2d_model_training_job(req)

    def create2_d_digital_human_video(self, req):
        return self._client.create2_d_digital_human_video(req)

    def show2_d_digital_human_video(self, req):
        return self._client.show2_d_digital_human_video(req)

    # --- convenience helpers ---------------------------------------------
    def submit_training(self, name, batch_name):
        body = Create2dModelTrainingJobReq(
            name=name, contact=settings.TRAINING_CONTACT, batch_name=batch_name
        )
        return self.create2d_model_training_job(Create2dModelTrainingJobRequest(body=body))

    def training_state(self, job_id):
        resp = self.show2d_model_training_job(Show2dModelTrainingJobRequest(job_id=job_id))
        return resp.state

    def video_state(self, job_id):
        return self.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id)).state


def build_video_request(model_asset_id, voice_asset_id, text):
    script = ShootScript(script_type="TEXT", text_config=TextConfig(text=text))
    body = Create2DDigitalHumanVideoReq(
        model_asset_id=model_asset_id,
        voice_config=VoiceConfig(voice_asset_id=voice_asset_id),
        shoot_scripts=[ShootScriptItem(sequence_no=0, shoot_script=script)],
    )
    return Create2DDigitalHumanVideoRequest(body=body)
