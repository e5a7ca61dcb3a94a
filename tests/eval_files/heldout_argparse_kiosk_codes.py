"""kiosk-codes: issue activation codes and one-off links for the lobby kiosks at each site.

    python kiosk_codes.py bj  --robot 4c1d... rooms.txt
    python kiosk_codes.py sg  --robot 9e2a... rooms.txt
"""
import argparse
import os
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.region.region import Region
from huaweicloudsdkmetastudio.v1 import (
    CreateActiveCodeReq,
    CreateActiveCodeRequest,
    CreateOnceCodeRequest,
    ListRobotRequest,
    MetaStudioClient,
)
from huaweicloudsdkmetastudio.v1.region.metastudio_region import MetaStudioRegion

CODE_PAUSE = 0.2

# regions the ops wiki lists; Johannesburg is not a MetaStudio region
EXTRA_SITES = {
    "sg": Region("ap-southeast-3", "https://metastudio.ap-southeast-3.myhuaweicloud.com"),
    "jnb": Region("af-south-1", "https://metastudio.af-south-1.myhuaweicloud.com"),  # expect: MST202
}


def credentials():
    return BasicCredentials(os.environ["HW_AK"], os.environ["HW_SK"], os.environ["HW_PROJECT"])


bj_client = MetaStudioClient.new_builder().with_credentials(credentials()).with_region(MetaStudioRegion.CN_NORTH_4).build()
sg_client = (
    MetaStudioClient.new_builder()
    .with_credentials(credentials())
    .with_endpoints(["https://metastudio.ap-southeast-3.myhuaweicloud.com"])
    .build()
)


def guangzhou_client():
    return (
        MetaStudioClient.new_builder()
        .with_credentials(credentials())
        .with_region(MetaStudioRegion.value_of("cn-south-1"))  # expect: MST202
        .build()
    )


def issue_bj(robot_id, room_ids, days):
    codes = []
    for room_id in room_ids:
        body = CreateActiveCodeReq(robot_id=robot_id, room_id=room_id, valid_period=days)
        codes.append(bj_client.create_active_code(CreateActiveCodeRequest(body=body)))
        time.sleep(CODE_PAUSE)  # 1 / 0.3 s = 3.3/s <= 5/s
    return codes


def issue_sg(robot_id, room_ids, days):
    apps = sg_client.list_robot(ListRobotRequest(limit=50))  # "Querying Applications" is offered in Singapore
    if not any(a.robot_id == robot_id for a in apps.data or []):
        raise SystemExit("robot %s is not in the Singapore tenant" % robot_id)
    codes = []
    for room_id in room_ids:
        body = CreateActiveCodeReq(robot_id=robot_id, room_id=room_id, valid_period=days)
        # "Creating an Activation Code" is '-' for AP-Singapore
        codes.append(sg_client.create_active_code(CreateActiveCodeRequest(body=body)))  # expect: MST201
        time.sleep(CODE_PAUSE)
    return codes


def one_off_link(site):
    if site == "sg":
        # "Creating a One-Off Authentication Code" is '-' for AP-Singapore
        return sg_client.create_once_code(CreateOnceCodeRequest()).once_code  # expect: MST201
    return bj_client.create_once_code(CreateOnceCodeRequest()).once_code


def main():
    parser = argparse.ArgumentParser(prog="kiosk-codes")
    parser.add_argument("site", choices=["bj", "sg"])
    parser.add_argument("rooms", type=argparse.FileType())
    parser.add_argument("--robot", required=True)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--link", action="store_true")
    args = parser.parse_args()
    rooms = [line.strip() for line in args.rooms if line.strip()]
    issue = issue_sg if args.site == "sg" else issue_bj
    for code in issue(args.robot, rooms, args.days):
        print(code)
    if args.link:
        print(one_off_link(args.site))


if __name__ == "__main__":
    main()
