"""One-line loop bodies that pace themselves."""
import os
import sys
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import CreateProductRequest, CreateProductRequestBody, MetaStudioClient, Show2DDigitalHumanVideoRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def seed(names):
    reqs = [CreateProductRequest(body=CreateProductRequestBody(name=n)) for n in names]
    for r in reqs: client.create_product(r); time.sleep(0.3)  # 1 / 0.4 s = 2.5/s <= 4/s


def wait(job_id):
    req = Show2DDigitalHumanVideoRequest(job_id=job_id)
    while client.show2_d_digital_human_video(req).state not in ("SUCCEED", "FAILED"): time.sleep(2)


if __name__ == "__main__":
    seed(sys.argv[1:])
