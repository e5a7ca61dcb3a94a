"""Single MetaStudio operations used by the jobs."""
from huaweicloudsdkmetastudio.v1 import (
    CopyVideoScriptsRequest,
    DeleteRobotRequest,
    DeleteVideoScriptRequest,
    Show2dModelTrainingJobRequest,
    UpdateDigitalAssetRequest,
    UpdateDigitalAssetRequestBody,
)

from janitor.infra import client


def remove_script(script_id):
    return client.delete_video_script(DeleteVideoScriptRequest(script_id=script_id))


def copy_template(script_id):
    return client.copy_video_scripts(CopyVideoScriptsRequest(script_id=script_id))


def retag_asset(asset):
    tags = sorted(set(asset.tags or []) | {"nightly-checked"})
    body = UpdateDigitalAssetRequestBody(tags=tags)
    return client.update_digital_asset(UpdateDigitalAssetRequest(asset_id=asset.asset_id, body=body))


def training_state(job_id):
    return client.show2d_model_training_job(Show2dModelTrainingJobRequest(job_id=job_id)).state


def delete_robot(robot_id):
    return client.delete_robot(DeleteRobotRequest(body=[robot_id]))  # expect: MST201
