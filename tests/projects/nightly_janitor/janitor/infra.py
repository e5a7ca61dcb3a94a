"""Shared infrastructure: the Singapore client, the worker pool and the delete throttle."""
import os
import time
from concurrent.futures import ThreadPoolExecutor

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import MetaStudioClient

SINGAPORE = Region("ap-southeast-3", "https://metastudio.ap-southeast-3.myhuaweicloud.com")

client = (
    MetaStudioClient.new_builder()
    .with_credentials(BasicCredentials(os.environ["MS_AK"], os.environ["MS_SK"], os.environ["MS_PROJECT_ID"]))
    .with_region(SINGAPORE)
    .build()
)

executor = ThreadPoolExecutor(max_workers=6, thread_name_prefix="janitor")


class Throttle:
    def __init__(self, rate=2):
        self.interval = 1.0 / rate

    def __enter__(self):
        time.sleep(self.interval)
        return self

    def __exit__(self, *exc):
        return False


throttle = Throttle(rate=2)
