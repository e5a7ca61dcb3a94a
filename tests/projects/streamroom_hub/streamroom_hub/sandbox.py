"""Offline helpers for tests and demos: a fake client and request builders."""
from huaweicloudsdkmetastudio.v1 import (
    ShowSmartLiveRequest,
    ShowSmartLiveResponse,
    UpdateProductRequest,
    UpdateProductRequestBody,
    UpdateProductResponse,
)


class FakeStudioClient:
    """Answers the calls the hub makes, from memory; counts them for assertions."""

    def __init__(self, live_after=3):
        self.calls = []
        self._live_after = live_after

    def update_product(self, request):
        self.calls.append(("update_product", request.product_id))
        return UpdateProductResponse()

    def show_smart_live(self, request):
        self.calls.append(("show_smart_live", request.job_id))
        state = "PROCESSING" if len(self.calls) >= self._live_after else "WAITING"
        return ShowSmartLiveResponse(job_id=request.job_id, room_id=request.room_id, state=state)


def build_update_requests(tags_by_id):
    """The requests a re-tag job would send, for the dry-run report."""
    reqs = []
    for product_id, tags in tags_by_id.items():
        reqs.append(UpdateProductRequest(product_id=product_id, body=UpdateProductRequestBody(tags=tags)))
    return reqs


def replay_retag(tags_by_id):
    """Replay a re-tag against the fake client at full speed."""
    fake = FakeStudioClient()
    for req in build_update_requests(tags_by_id):
        fake.update_product(req)
    return fake.calls


def fake_wait_until_live(room_id="room-1", job_id="job-1"):
    fake = FakeStudioClient()
    req = ShowSmartLiveRequest(room_id=room_id, job_id=job_id)
    while True:
        job = fake.show_smart_live(req)
        if job.state == "PROCESSING":
            return job
