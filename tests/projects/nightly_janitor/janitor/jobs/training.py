"""Model training housekeeping: wait for tonight's job, drop failed ones."""
import os
import time

from huaweicloudsdkmetastudio.v1 import Delete2dModelTrainingJobRequest, List2dModelTrainingJobRequest

from janitor import ops
from janitor.infra import client
from janitor.registry import register

POLL_SECONDS = 30
DONE = ("COMPLETED", "FAILED")


@register("wait_nightly_training")
def wait_nightly_training():
    job_id = os.environ["NIGHTLY_TRAINING_JOB"]
    while True:
        if ops.training_state(job_id) in DONE:  # expect: MST103
            break


@register("wait_retraining")
def wait_retraining():
    job_id = os.environ["RETRAINING_JOB"]
    while ops.training_state(job_id) not in DONE:
        time.sleep(POLL_SECONDS)


@register("drop_failed_training")
def drop_failed_training():
    page = client.list2d_model_training_job(List2dModelTrainingJobRequest(state="FAILED", limit=100))
    for job in page.jobs or []:
        client.delete2d_model_training_job(Delete2dModelTrainingJobRequest(job_id=job.job_id))
        time.sleep(0.5)
