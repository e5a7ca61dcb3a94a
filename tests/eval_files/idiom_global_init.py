"""A worker that builds its client in init(), stored in a module global."""
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

client = None


def init():
    global client
    region = Region("ap-southeast-3", "https://metastudio.ap-southeast-3.myhuaweicloud.com")
    creds = BasicCredentials(os.environ["SG_AK"], os.environ["SG_SK"], os.environ["SG_PROJECT_ID"])
    client = MetaStudioClient.new_builder().with_credentials(creds).with_region(region).build()


def create_assistant(name):
    spark = IflytekSpark(app_id=os.environ["SPARK_APP"], app_key=os.environ["SPARK_KEY"], api_secret=os.environ["SPARK_SECRET"])
    body = CreateRobotReq(name=name, app_type=2, iflytek_spark=spark)
    return client.create_robot(CreateRobotRequest(body=body))  # expect: MST201


def seed(names):
    for name in names:
        # 1 / 0.3 s = 3.3/s > 3/s in ap-southeast-3 (fine in the default cn-north-4, 4/s)
        client.create_product(CreateProductRequest(body=CreateProductRequestBody(name=name)))  # expect: MST101 ~3.3/s
        time.sleep(0.2)


if __name__ == "__main__":
    init()
    create_assistant("sg-helper")
    seed(os.environ["NAMES"].split(","))
