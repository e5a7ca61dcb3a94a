"""Roll the product catalogue and the shop assistant out to Beijing and Singapore.

Same code path for both regions; the limits are not the same.
"""
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import (
    CreateProductRequest,
    CreateProductRequestBody,
    CreateRobotReq,
    CreateRobotRequest,
    IflytekSpark,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

SINGAPORE = Region("ap-southeast-3", "https://metastudio.ap-southeast-3.myhuaweicloud.com")
BEIJING = MetaStudioRegion.CN_NORTH_4

_creds = BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"])
bj_client = MetaStudioClient.new_builder().with_credentials(_creds).with_region(BEIJING).build()
sg_client = MetaStudioClient.new_builder().with_credentials(_creds).with_region(SINGAPORE).build()

CATALOGUE = os.environ.get("CATALOGUE", "catalogue.jsonl")


def load_catalogue():
    import json

    with open(CATALOGUE, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def rollout_beijing(items):
    for item in items:
        body = CreateProductRequestBody(name=item["name"], description=item["desc"])
        # 1 / (0.1 + 0.2) = 3.33/s <= 4/s in cn-north-4: no finding
        bj_client.create_product(CreateProductRequest(body=body))
        time.sleep(0.2)


def rollout_singapore(items):
    for item in items:
        body = CreateProductRequestBody(name=item["name"], description=item["desc"])
        # same loop, 3.33/s > 3/s in ap-southeast-3
        sg_client.create_product(CreateProductRequest(body=body))  # expect: MST101 ~3.33/s @9
        time.sleep(0.2)


def assistant_body():
    spark = IflytekSpark(app_id=os.environ["SPARK_APP_ID"], app_key=os.environ["SPARK_KEY"],
                         api_secret=os.environ["SPARK_SECRET"])
    return CreateRobotReq(name="shop-assistant", app_type=2, iflytek_spark=spark)


def create_assistants():
    bj_robot = bj_client.create_robot(CreateRobotRequest(body=assistant_body()))
    # applications are not offered in AP-Singapore
    sg_robot = sg_client.create_robot(CreateRobotRequest(body=assistant_body()))  # expect: MST201
    return bj_robot.robot_id, sg_robot.robot_id


if __name__ == "__main__":
    catalogue = load_catalogue()
    rollout_beijing(catalogue)
    rollout_singapore(catalogue)
    print(create_assistants())
