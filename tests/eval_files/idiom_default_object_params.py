"""A parameter that defaults to None and is filled in by the body: the object the body makes is
what the loop calls when the caller passes nothing."""
import time

from huaweicloudsdkmetastudio.v1 import (
    MetaStudioClient,
    Show2dModelTrainingJobRequest,
    ShowAssetRequest,
)


class TrainingService:
    def __init__(self, client=None):
        self._client = client or MetaStudioClient.new_builder().build()

    def state(self, job_id):
        return self._client.show2d_model_training_job(Show2dModelTrainingJobRequest(job_id=job_id)).state

    def asset(self, asset_id):
        return self._client.show_asset(ShowAssetRequest(asset_id=asset_id))


def wait_for(job_id, service=None):
    service = service or TrainingService()
    while True:
        if service.state(job_id) == "JOB_SUCCESS":  # expect: MST103 ~10/s @12
            return


def wait_patiently(job_id, service=None):
    if service is None:
        service = TrainingService()
    while True:
        if service.state(job_id) == "JOB_SUCCESS":
            return
        time.sleep(5)


def wait_checked(job_id, service: "TrainingService | None" = None):
    if service is None:
        service = TrainingService()
    while True:
        if service.state(job_id) == "JOB_SUCCESS":  # expect: MST103 ~10/s @12
            return


def audit(asset_ids, service=None):
    service = service if service is not None else TrainingService()
    return [service.asset(a) for a in asset_ids]  # 10/s against 20/s: silent
