"""Photo-to-avatar picture modeling jobs."""
import time

from huaweicloudsdkmetastudio.v1 import (
    CreatePictureModelingByUrlJobRequest,
    CreatePictureModelingJobRequest,
    CreatePictureModelingJobRequestBody,
    PictureModelingByUrlReq,
    ShowPictureModelingJobRequest,
)

from photomodel import settings
from photomodel.services.base import BaseService

TERMINAL = ("SUCCEED", "FAILED")


class ModelingService(BaseService):
    def submit(self, photo, name, style_id):
        body = CreatePictureModelingJobRequestBody(file=photo, name=name, style_id=style_id)
        return self._call("create_picture_modeling_job", CreatePictureModelingJobRequest(body=body))

    def submit_url(self, url, name, style_id):
        body = PictureModelingByUrlReq(picture_url=url, name=name, style_id=style_id)
        return self._call("create_picture_modeling_by_url_job", CreatePictureModelingByUrlJobRequest(body=body))

    def status(self, job_id):
        return self._call("show_picture_modeling_job", ShowPictureModelingJobRequest(job_id=job_id))

    def wait_done(self, job_id):
        while True:
            job = self.status(job_id)
            if job.state in TERMINAL:
                return job
            time.sleep(settings.POLL_SECONDS)
