import os

REGION_ID = os.environ.get("MS_REGION", "cn-east-3")
AK = os.environ.get("HUAWEICLOUD_SDK_AK")
SK = os.environ.get("HUAWEICLOUD_SDK_SK")

PAGE_SIZE = 100
# MetaStudio flow control is per tenant and per API; stay well below it.
PACE_SECONDS = 0.5
READ_CALLS_PER_SECOND = 2
