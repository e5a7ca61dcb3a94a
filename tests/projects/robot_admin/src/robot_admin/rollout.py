"""Issue activation codes for the kiosks of the Singapore showroom."""
import csv
import logging
from typing import Dict

from huaweicloudsdkmetastudio.v1 import CreateActiveCodeReq, CreateActiveCodeRequest, ListRobotRequest, MetaStudioClient

from .clients import CLIENTS
from .settings import CODE_VALID_DAYS, PAGE_LIMIT

logger = logging.getLogger(__name__)


def find_robot(client: MetaStudioClient, name: str) -> str:
    offset = 0
    while True:
        page = client.list_robot(ListRobotRequest(offset=offset, limit=PAGE_LIMIT, robot_type="CHAT"))
        for robot in page.data or []:
            if robot.name == name:
                return robot.robot_id
        offset += PAGE_LIMIT
        if offset >= (page.count or 0):
            raise LookupError(f"no robot named {name!r}")


def issue_kiosk_codes(robot_name: str, kiosks_csv: str) -> Dict[str, str]:
    """One activation code per kiosk row (columns: kiosk, room_id)."""
    client = CLIENTS["singapore"]
    robot_id = find_robot(client, robot_name)
    codes = {}
    with open(kiosks_csv, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            body = CreateActiveCodeReq(robot_id=robot_id, room_id=row["room_id"], valid_period=CODE_VALID_DAYS)
            resp = client.create_active_code(CreateActiveCodeRequest(body=body))  # expect: MST201
            codes[row["kiosk"]] = resp.active_code
            logger.info("kiosk %s: code %s", row["kiosk"], resp.active_code_id)
    return codes
