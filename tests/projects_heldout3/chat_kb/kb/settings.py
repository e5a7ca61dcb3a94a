"""Constants shared by the bootstrap scripts."""
APP_NAME = "aftersales-helper"
APP_TYPE_CBS = 1  # Huawei Cloud CBS question-answering bot
CBS_PROJECT = "cbs-prod"
SG_REGION = "ap-southeast-3"
SG_ENDPOINT = "https://metastudio.ap-southeast-3.myhuaweicloud.com"
DEFAULT_VOICE = "voice-cn-female-01"  # expect: MST401
