"""Singapore marketing pipeline: render localised product videos, then look up the FAQ skill.

Only APIs that AP-Singapore offers, paced for its limits; no timbre allow-list is configured and no
model provider is known. Expected: no finding.
"""
import csv
import os
import sys
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import (
    Create2DDigitalHumanVideoReq,
    Create2DDigitalHumanVideoRequest,
    ListKnowledgeSkillRequest,
    ListRobotRequest,
    MetaStudioClient,
    OutputAssetConfig,
    ShowRobotRequest,
    VoiceConfig,
)

SG_ENDPOINT = "https://metastudio.ap-southeast-3.myhuaweicloud.com"

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_endpoints([SG_ENDPOINT])
    .build()
)


def render(rows):
    jobs = []
    for row in rows:
        body = Create2DDigitalHumanVideoReq(
            script_id=row["script_id"],
            voice_config=VoiceConfig(voice_asset_id="5d6e7f8091a2b3c4d5e6f708192a3b4c", speed=95),
            output_asset_config=OutputAssetConfig(asset_name=f"{row['sku']}-{row['lang']}"),
        )
        # 1 / (0.1 + 0.3) = 2.5/s <= 3/s (create2_d_digital_human_video, ap-southeast-3)
        jobs.append(client.create2_d_digital_human_video(Create2DDigitalHumanVideoRequest(body=body)).job_id)
        time.sleep(0.3)
    return jobs


def assistant_details():
    # querying applications and knowledge skills is offered in AP-Singapore
    robots = client.list_robot(ListRobotRequest(limit=20)).data or []
    details = [client.show_robot(ShowRobotRequest(robot_id=r.robot_id)) for r in robots]
    skills = client.list_knowledge_skill(ListKnowledgeSkillRequest(limit=50)).data or []
    return details, skills


if __name__ == "__main__":
    with open(sys.argv[1], newline="", encoding="utf-8") as fh:
        print(render(list(csv.DictReader(fh))))
