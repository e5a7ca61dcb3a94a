"""Help-desk avatar settings. The dialogue engine is our Huawei Cloud CBS project."""
import os

REGION_ID = "cn-north-4"
ROBOT_NAME = "help-desk"
APP_TYPE = 1  # 1 = Huawei Cloud CBS
CBS_APP_ID = os.environ.get("CBS_APP_ID", "")
CBS_PROJECT_ID = os.environ.get("CBS_PROJECT_ID", "")
SKILL_PAUSE_S = 0.5
