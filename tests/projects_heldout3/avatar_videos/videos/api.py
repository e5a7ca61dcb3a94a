"""Plain functions over the 2D video APIs."""
from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoRequest,
    Show2DDigitalHumanVideoRequest,
)

from .client import client


def submit(body):
    resp = client.create2_d_digital_human_video(Create2DDigitalHumanVideoRequest(body=body))
    return resp.job_id


def status(job_id):
    resp = client.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id))
    return resp.state
