"""In-memory stand-ins for the MetaStudio client, used by the unit tests and the demo CLI."""
import itertools

from huaweicloudsdkmetastudio.v1 import (
    CreateVideoScriptsReq,
    CreateVideoScriptsRequest,
    CreateVideoScriptsResponse,
    Show2DDigitalHumanVideoRequest,
    Show2DDigitalHumanVideoResponse,
)


class FakeMetaStudioClient:
    """Records requests; answers like the service would, without any network."""

    def __init__(self, states=("WAITING", "PROCESSING", "SUCCEED")):
        self.requests = []
        self._ids = itertools.count(1)
        self._states = iter(states)

    def create_video_scripts(self, request):
        self.requests.append(request)
        return CreateVideoScriptsResponse(script_id=f"fake-script-{next(self._ids)}")

    def show2_d_digital_human_video(self, request):
        self.requests.append(request)
        return Show2DDigitalHumanVideoResponse(job_id=request.job_id, state=next(self._states, "SUCCEED"))


def seed_scripts(count=200):
    """Fill a fake client with ``count`` scripts, as fast as Python goes."""
    fake = FakeMetaStudioClient()
    for n in range(count):
        fake.create_video_scripts(CreateVideoScriptsRequest(body=CreateVideoScriptsReq(script_name=f"seed-{n}")))
    return fake


def run_fake_render(job_id="fake-job"):
    """Drive a fake render to completion without sleeping: the fake has no rate limit."""
    fake = FakeMetaStudioClient()
    req = Show2DDigitalHumanVideoRequest(job_id=job_id)
    while True:
        resp = fake.show2_d_digital_human_video(req)
        if resp.state == "SUCCEED":
            return resp, len(fake.requests)
