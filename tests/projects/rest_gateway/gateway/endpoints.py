PROJECT_ID = "4c1d2f0e9a"
BASE_URL = "https://metastudio.cn-north-4.myhuaweicloud.com/v1/" + PROJECT_ID
