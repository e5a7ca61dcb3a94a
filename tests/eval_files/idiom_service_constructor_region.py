"""A service class whose constructor takes the region, as the SDK samples build clients."""
import asyncio
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion
from huaweicloudsdkmetastudio.v1 import *  # noqa: F403


class MetaStudioService:
    def __init__(self, ak, sk, region="cn-north-4"):
        credentials = BasicCredentials(ak, sk)
        self.client = MetaStudioClient.new_builder() \
            .with_credentials(credentials) \
            .with_region(MetaStudioRegion.value_of(region)) \
            .build()

    def create_video(self, script):
        request = Create2DDigitalHumanVideoRequest()
        request.body = Create2DDigitalHumanVideoReq(script=script)
        try:
            response = self.client.create2_d_digital_human_video(request)
            return response.job_id
        except exceptions.ClientRequestException as e:
            print(e.status_code, e.request_id, e.error_code, e.error_msg)

    def show_video(self, job_id):
        request = Show2DDigitalHumanVideoRequest(job_id=job_id)
        return self.client.show2_d_digital_human_video(request)

    def wait(self, job_id):
        while True:
            resp = self.show_video(job_id)  # expect: MST103
            if resp.state in ("SUCCEED", "FAILED"):
                return resp

    def wait_slowly(self, job_id):
        while True:
            resp = self.show_video(job_id)
            if resp.state in ("SUCCEED", "FAILED"):
                return resp
            time.sleep(5)

    async def create_async(self, script):
        loop = asyncio.get_event_loop()
        return await loop.run_in_executor(None, self.create_video, script)


service = MetaStudioService("ak", "sk", region="cn-east-3")


def batch(scripts):
    # the constructor call says cn-east-3: 10/s > 3/s
    return [service.create_video(s) for s in scripts]  # expect: MST101 ~10/s


async def batch_async(scripts):
    return await asyncio.gather(*[service.create_async(s) for s in scripts])  # expect: MST102 ~320/s
