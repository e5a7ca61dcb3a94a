import os

PROJECT_ID = os.environ.get("MS_PROJECT_ID", "")
ROBOT_BODY = {
    "name": "branch-teller",
    "app_type": 1,  # Huawei Cloud CBS
    "language": "zh_CN",
}
GREETER_VOICE = "voice-teller-01"
CLERK_VOICE = "voice-clerk-09"  # expect: MST401
