"""init() stores a Shanghai client in a module global; the rename loop fits Shanghai's limit."""
import os

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkmetastudio.v1 import MetaStudioClient, UpdateRobotReq, UpdateRobotRequest
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

_client = None


def init():
    global _client
    creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
    _client = MetaStudioClient.new_builder().with_credentials(creds).with_region(MetaStudioRegion.CN_EAST_3).build()


def rename(robot_ids, name):
    for robot_id in robot_ids:
        # 10/s <= 10/s in cn-east-3 (the default cn-north-4 would allow only 5/s)
        _client.update_robot(UpdateRobotRequest(robot_id=robot_id, body=UpdateRobotReq(name=name)))


if __name__ == "__main__":
    init()
    rename(os.environ["ROBOTS"].split(","), "concierge")
