"""Thin wrapper over the video production APIs."""
from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoRequest,
    MetaStudioClient,
    Show2DDigitalHumanVideoRequest,
)


class VideoService:
    def __init__(self, client: MetaStudioClient) -> None:
        self.client = client

    def submit(self, body):
        return self.client.create2_d_digital_human_video(Create2DDigitalHumanVideoRequest(body=body))

    def status(self, job_id):
        return self.client.show2_d_digital_human_video(Show2DDigitalHumanVideoRequest(job_id=job_id))
