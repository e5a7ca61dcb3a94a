"""Launch-day script: start the four flagship live rooms and render three teaser videos.

Every repetition here has a fixed, small size that fits in one second's quota. Expected: no finding.
"""
import os
from concurrent.futures import ThreadPoolExecutor

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    CreateRobotReq,
    CreateRobotRequest,
    ListProductsRequest,
    MetaStudioClient,
    StartSmartLiveReq,
    StartSmartLiveRequest,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(MetaStudioRegion.CN_NORTH_4)
    .build()
)


def start_flagship_rooms():
    jobs = {}
    # literal tuple of 4: 4 calls <= 4/s (start_smart_live)
    for room_id in ("flagship-beijing", "flagship-shanghai", "flagship-shenzhen", "flagship-chengdu"):
        body = StartSmartLiveReq(view_mode="VERTICAL")
        jobs[room_id] = client.start_smart_live(StartSmartLiveRequest(room_id=room_id, body=body)).job_id
    return jobs


def teaser(env_var):
    return Create2DDigitalHumanVideoRequest(body=Create2DDigitalHumanVideoReq(script_id=os.environ[env_var]))


def render_teasers():
    with ThreadPoolExecutor(max_workers=8) as pool:
        # 8 workers, but only the 3 tasks of a literal list: 3 calls <= 5/s
        done = pool.map(client.create2_d_digital_human_video, [teaser("TEASER_A"), teaser("TEASER_B"), teaser("TEASER_C")])
        return [r.job_id for r in done]


def staging_apps():
    # range(3): 3 calls <= 5/s (create_robot)
    return [
        client.create_robot(CreateRobotRequest(body=CreateRobotReq(name=f"launch-staging-{i}", app_type=2)))
        for i in range(3)
    ]


def campaign_counts():
    counts = {}
    for tag in {"launch", "teaser"}:
        counts[tag] = client.list_products(ListProductsRequest(tag=tag, limit=1)).count
    return counts


if __name__ == "__main__":
    print(start_flagship_rooms())
    print(render_teasers())
    print(campaign_counts())
