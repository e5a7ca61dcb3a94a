"""Provision the Singapore concierge: application, dialog room, kiosk activation codes."""
import os

from huaweicloudsdkmetastudio.v1 import IflytekSpark

from concierge.services.dialogs import DialogService

KIOSKS = 40


def provision():
    dialogs = DialogService()
    spark = IflytekSpark(app_id=os.environ["SPARK_APP"], app_key=os.environ["SPARK_KEY"],
                         api_secret=os.environ["SPARK_SECRET"])
    robot_id = dialogs.create_app("sg-concierge", spark)
    room_id = dialogs.create_room("sg-lobby", robot_id, os.environ["MODEL_ASSET_ID"])
    return [dialogs.issue_code(robot_id, room_id) for _ in range(KIOSKS)]


if __name__ == "__main__":
    provision()
