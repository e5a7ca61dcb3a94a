from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoRequest,
    Show2DDigitalHumanVideoRequest,
)

from worker.metastudio import client


def submit_video(script):
    return client.create2_d_digital_human_video(Create2DDigitalHumanVideoRequest(body=script))


def video_state(job_id):
    response = client.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id))
    return response.state
